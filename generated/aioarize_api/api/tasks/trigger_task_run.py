from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.task_run import TaskRun
from ...models.trigger_evaluation_task_run_request import (
    TriggerEvaluationTaskRunRequest,
)
from ...models.trigger_run_experiment_task_run_request import (
    TriggerRunExperimentTaskRunRequest,
)
from ...types import Response


def _get_kwargs(
    task_id: str,
    *,
    body: TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/tasks/{task_id}/trigger".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    if isinstance(body, TriggerEvaluationTaskRunRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TaskRun | None:
    if response.status_code == 201:
        response_201 = TaskRun.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | TaskRun]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest,
) -> Response[Problem | TaskRun]:
    """Trigger a task run

    Args:
        task_id (str):
        body (TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TaskRun]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest,
) -> Problem | TaskRun | None:
    """Trigger a task run

    Args:
        task_id (str):
        body (TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TaskRun
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest,
) -> Response[Problem | TaskRun]:
    """Trigger a task run

    Args:
        task_id (str):
        body (TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TaskRun]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest,
) -> Problem | TaskRun | None:
    """Trigger a task run

    Args:
        task_id (str):
        body (TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TaskRun
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
        )
    ).parsed
