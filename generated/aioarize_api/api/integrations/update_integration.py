from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_integration import AgentIntegration
from ...models.evaluator_integration import EvaluatorIntegration
from ...models.llm_integration import LlmIntegration
from ...models.problem import Problem
from ...models.unknown_integration import UnknownIntegration
from ...models.unknown_update_integration_request import UnknownUpdateIntegrationRequest
from ...models.update_agent_integration_request import UpdateAgentIntegrationRequest
from ...models.update_evaluator_integration_request import (
    UpdateEvaluatorIntegrationRequest,
)
from ...models.update_llm_integration_request import UpdateLlmIntegrationRequest
from ...types import Response


def _get_kwargs(
    integration_id: str,
    *,
    body: UnknownUpdateIntegrationRequest
    | UpdateAgentIntegrationRequest
    | UpdateEvaluatorIntegrationRequest
    | UpdateLlmIntegrationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/integrations/{integration_id}".format(
            integration_id=quote(str(integration_id), safe=""),
        ),
    }

    if isinstance(body, UpdateLlmIntegrationRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, UpdateAgentIntegrationRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, UpdateEvaluatorIntegrationRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AgentIntegration
    | EvaluatorIntegration
    | LlmIntegration
    | UnknownIntegration
    | Problem
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            AgentIntegration
            | EvaluatorIntegration
            | LlmIntegration
            | UnknownIntegration
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            discriminator = data["type"]
            if discriminator == "LLM":
                componentsschemas_integration_type_0 = LlmIntegration.from_dict(data)

                return componentsschemas_integration_type_0
            if discriminator == "AGENT":
                componentsschemas_integration_type_1 = AgentIntegration.from_dict(data)

                return componentsschemas_integration_type_1
            if discriminator == "EVALUATOR":
                componentsschemas_integration_type_2 = EvaluatorIntegration.from_dict(
                    data
                )

                return componentsschemas_integration_type_2
            if not isinstance(discriminator, str):
                raise TypeError(
                    f"type: expected a string, got {type(discriminator).__name__}"
                )
            componentsschemas_integration_type_3 = UnknownIntegration.from_dict(data)

            return componentsschemas_integration_type_3

        response_200 = _parse_response_200(response.json())

        return response_200

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
) -> Response[
    AgentIntegration
    | EvaluatorIntegration
    | LlmIntegration
    | UnknownIntegration
    | Problem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UnknownUpdateIntegrationRequest
    | UpdateAgentIntegrationRequest
    | UpdateEvaluatorIntegrationRequest
    | UpdateLlmIntegrationRequest,
) -> Response[
    AgentIntegration
    | EvaluatorIntegration
    | LlmIntegration
    | UnknownIntegration
    | Problem
]:
    """Update an integration

    Args:
        integration_id (str):
        body (UnknownUpdateIntegrationRequest | UpdateAgentIntegrationRequest |
            UpdateEvaluatorIntegrationRequest | UpdateLlmIntegrationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentIntegration | EvaluatorIntegration | LlmIntegration | UnknownIntegration | Problem]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UnknownUpdateIntegrationRequest
    | UpdateAgentIntegrationRequest
    | UpdateEvaluatorIntegrationRequest
    | UpdateLlmIntegrationRequest,
) -> (
    AgentIntegration
    | EvaluatorIntegration
    | LlmIntegration
    | UnknownIntegration
    | Problem
    | None
):
    """Update an integration

    Args:
        integration_id (str):
        body (UnknownUpdateIntegrationRequest | UpdateAgentIntegrationRequest |
            UpdateEvaluatorIntegrationRequest | UpdateLlmIntegrationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentIntegration | EvaluatorIntegration | LlmIntegration | UnknownIntegration | Problem
    """

    return sync_detailed(
        integration_id=integration_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UnknownUpdateIntegrationRequest
    | UpdateAgentIntegrationRequest
    | UpdateEvaluatorIntegrationRequest
    | UpdateLlmIntegrationRequest,
) -> Response[
    AgentIntegration
    | EvaluatorIntegration
    | LlmIntegration
    | UnknownIntegration
    | Problem
]:
    """Update an integration

    Args:
        integration_id (str):
        body (UnknownUpdateIntegrationRequest | UpdateAgentIntegrationRequest |
            UpdateEvaluatorIntegrationRequest | UpdateLlmIntegrationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentIntegration | EvaluatorIntegration | LlmIntegration | UnknownIntegration | Problem]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UnknownUpdateIntegrationRequest
    | UpdateAgentIntegrationRequest
    | UpdateEvaluatorIntegrationRequest
    | UpdateLlmIntegrationRequest,
) -> (
    AgentIntegration
    | EvaluatorIntegration
    | LlmIntegration
    | UnknownIntegration
    | Problem
    | None
):
    """Update an integration

    Args:
        integration_id (str):
        body (UnknownUpdateIntegrationRequest | UpdateAgentIntegrationRequest |
            UpdateEvaluatorIntegrationRequest | UpdateLlmIntegrationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentIntegration | EvaluatorIntegration | LlmIntegration | UnknownIntegration | Problem
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            body=body,
        )
    ).parsed
