"""AsyncArize configuration, request building and argument validation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import aioarize
from aioarize import AsyncArize, ConfigurationError, RetryPolicy
from aioarize._config import resolve_settings
from aioarize.models import IntegrationType, TaskType
from tests.fakes import CANARY_KEY, Script, make_client

SPEC = yaml.safe_load((Path(__file__).resolve().parent.parent / "spec/spec.yaml").read_text())
EMPTY_INTEGRATIONS = {"integrations": [], "pagination": {"has_more": False}}
EMPTY_TASKS = {"tasks": [], "pagination": {"has_more": False}}


@pytest.fixture(autouse=True)
def _no_arize_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the developer's own ARIZE_* variables out of these tests."""
    for name in ("ARIZE_API_KEY", "ARIZE_REGION", "ARIZE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def test_missing_api_key_is_a_clear_error() -> None:
    """Without api_key= or ARIZE_API_KEY, construction fails and names both."""
    with pytest.raises(ConfigurationError, match="ARIZE_API_KEY"):
        AsyncArize()


@pytest.mark.parametrize("key", ["kéy", "key with space", "key\nnext", 42])
def test_unusable_api_key_is_rejected_without_echoing_it(key: object) -> None:
    """A key that cannot travel in a header is refused at construction, and not repeated."""
    with pytest.raises(ConfigurationError) as caught:
        AsyncArize(key)  # type: ignore[arg-type]
    assert str(key) not in str(caught.value)


def test_api_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """ARIZE_API_KEY is used when no api_key is passed."""
    monkeypatch.setenv("ARIZE_API_KEY", CANARY_KEY)
    assert resolve_settings(None, None, None).api_key.reveal() == CANARY_KEY


@pytest.mark.parametrize(
    ("region", "base_url", "expected"),
    [
        (None, None, "https://api.arize.com"),
        ("eu-west-1a", None, "https://api.eu-west-1a.arize.com"),
        ("us-central-1a", None, "https://api.us-central-1a.arize.com"),
        ("us-east-1b", None, "https://api.us-east-1b.arize.com"),
        ("ca-central-1a", None, "https://api.ca-central-1a.arize.com"),
        (None, "https://arize.internal.example/", "https://arize.internal.example"),
        (None, "http://127.0.0.1:8080/v2", "http://127.0.0.1:8080"),
    ],
)
def test_hosts(region: str | None, base_url: str | None, expected: str) -> None:
    """The global host by default, regional hosts by name, and custom hosts as given."""
    assert AsyncArize("k", region=region, base_url=base_url).base_url == expected


def test_region_and_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """ARIZE_REGION and ARIZE_BASE_URL pick the host when no argument does."""
    monkeypatch.setenv("ARIZE_REGION", "ca-central-1a")
    assert AsyncArize("k").base_url == "https://api.ca-central-1a.arize.com"
    monkeypatch.delenv("ARIZE_REGION")
    monkeypatch.setenv("ARIZE_BASE_URL", "https://onprem.example")
    assert AsyncArize("k").base_url == "https://onprem.example"
    assert AsyncArize("k", region="eu-west-1a").base_url == "https://api.eu-west-1a.arize.com"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"region": "eu-west-1a", "base_url": "https://x.example"}, "not both"),
        ({"region": "mars-1a"}, "unknown region"),
        ({"base_url": "ftp://x.example"}, "http"),
        ({"base_url": "not a url"}, "http"),
        ({"base_url": "http://[::1"}, "not a valid URL"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": "fast"}, "timeout"),
        ({"retry": 3}, "RetryPolicy"),
        ({"max_response_size": 0}, "max_response_size"),
        ({"max_response_size": 1.5}, "max_response_size"),
        ({"max_response_size": True}, "max_response_size"),
        ({"base_url": "https://u:p@x.example"}, "credentials"),
        ({"base_url": "https://x.example/?"}, "query or fragment"),
        (
            {
                "http_client": httpx.AsyncClient(),
                "transport": httpx.MockTransport(lambda request: httpx.Response(200)),
            },
            "not both",
        ),
    ],
)
def test_invalid_configuration(kwargs: dict[str, Any], message: str) -> None:
    """Conflicting or invalid settings fail at construction with a message saying why."""
    with pytest.raises(ConfigurationError, match=message):
        AsyncArize("k", **kwargs)


def test_both_host_variables_conflict(monkeypatch: pytest.MonkeyPatch) -> None:
    """ARIZE_REGION and ARIZE_BASE_URL together are an error, like the arguments."""
    monkeypatch.setenv("ARIZE_REGION", "eu-west-1a")
    monkeypatch.setenv("ARIZE_BASE_URL", "https://x.example")
    with pytest.raises(ConfigurationError, match="not both"):
        AsyncArize("k")


def test_default_timeout_is_finite_with_separate_connect() -> None:
    """The default timeout bounds connect and read separately."""
    timeout = AsyncArize("k").timeout
    assert timeout.connect == 5.0
    assert timeout.read == 30.0


@pytest.mark.anyio
async def test_request_headers_and_url() -> None:
    """Requests carry the bearer key, a versioned User-Agent and the documented path."""
    script = Script([httpx.Response(200, json=EMPTY_INTEGRATIONS)])
    async with make_client(script, region="eu-west-1a") as client:
        assert [item async for item in client.integrations.list()] == []
    (request,) = script.requests
    assert request.headers["Authorization"] == f"Bearer {CANARY_KEY}"
    assert request.headers["User-Agent"] == f"aioarize/{aioarize.__version__}"
    assert str(request.url) == "https://api.eu-west-1a.arize.com/v2/integrations"


@pytest.mark.anyio
async def test_every_filter_is_sent_as_query_parameter() -> None:
    """Each keyword argument of tasks.list maps onto the spec's query parameter."""
    script = Script([httpx.Response(200, json=EMPTY_TASKS)])
    async with make_client(script) as client:
        pager = client.tasks.list(
            space_id="S",
            space_name="my space",
            name="prod",
            project_id="P",
            dataset_id="D",
            type=TaskType.RUN_EXPERIMENT,
            limit=100,
            cursor="C",
        )
        assert [task async for task in pager] == []
    assert dict(script.requests[0].url.params) == {
        "space_id": "S",
        "space_name": "my space",
        "name": "prod",
        "project_id": "P",
        "dataset_id": "D",
        "type": "RUN_EXPERIMENT",
        "limit": "100",
        "cursor": "C",
    }


@pytest.mark.anyio
async def test_enum_filters_accept_unlisted_strings() -> None:
    """A type the spec does not list yet can still be used as a filter."""
    script = Script([httpx.Response(200, json=EMPTY_INTEGRATIONS)])
    async with make_client(script) as client:
        assert [i async for i in client.integrations.list(type="agent", space_name="s")] == []
    assert dict(script.requests[0].url.params) == {"type": "agent", "space_name": "s"}
    assert IntegrationType("LLM") is IntegrationType.LLM


LIMIT_MIN, LIMIT_MAX = 1, 100  # LimitQueryParamMax100 in spec/spec.yaml
FILTER_MAX_LENGTH = 255  # NameSearchQueryParam


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"limit": LIMIT_MIN - 1}, ValueError),
        ({"limit": LIMIT_MAX + 1}, ValueError),
        ({"limit": "10"}, TypeError),
        ({"limit": True}, TypeError),
        ({"name": "x" * (FILTER_MAX_LENGTH + 1)}, ValueError),
        ({"space_id": 12}, TypeError),
        ({"type": 3}, TypeError),
        ({"cursor": 5}, TypeError),
        ({"max_items": -1}, ValueError),
        ({"prefetch": -1}, ValueError),
    ],
)
def test_bad_arguments_fail_before_any_request(
    kwargs: dict[str, Any], error: type[Exception]
) -> None:
    """Arguments outside the spec's bounds raise at call time, without touching the network."""
    script = Script([])
    client = make_client(script)
    with pytest.raises(error):
        client.integrations.list(**kwargs)
    assert script.requests == []


def test_argument_bounds_come_from_the_spec() -> None:
    """The bounds checked before sending are the spec's, carried over by the generator."""
    from aioarize_facade.integrations import LIST_INTEGRATIONS

    declared = {
        p["name"]: p["schema"] for p in SPEC["paths"]["/v2/integrations"]["get"]["parameters"]
    }
    checked = {param.name: param.schema for param in LIST_INTEGRATIONS.params}
    for name in ("limit", "name", "space_name"):
        for bound in ("minimum", "maximum", "maxLength"):
            assert checked[name].get(bound) == declared[name].get(bound)
    assert checked["limit"]["maximum"] == LIMIT_MAX


@pytest.mark.anyio
async def test_get_rejects_empty_id_and_quotes_path() -> None:
    """An empty ID fails fast; other IDs are percent-encoded into the path."""
    script = Script([httpx.Response(404, json={"status": 404, "title": "Not found"})])
    async with make_client(script) as client:
        with pytest.raises(ValueError, match="integration_id"):
            await client.integrations.get("")
        with pytest.raises(aioarize.NotFoundError):
            await client.integrations.get("a/b==")
    assert script.requests[0].url.raw_path == b"/v2/integrations/a%2Fb%3D%3D"


@pytest.mark.anyio
@pytest.mark.parametrize("bad", ["", ".", ".."])
async def test_ids_that_would_change_the_endpoint_are_refused(bad: str) -> None:
    """An empty, "." or ".." ID is refused before sending: it would address another endpoint."""
    script = Script([])
    async with make_client(script) as client:
        with pytest.raises(ValueError, match="integration_id"):
            await client.integrations.get(bad)
        with pytest.raises(ValueError, match="dataset_id"):
            await client.datasets.update(bad, name="x")
    assert script.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("identifier", "segment"),
    [
        ("...", b"..."),
        ("%2e%2e", b"%252e%252e"),
        ("../v2/spaces", b"..%2Fv2%2Fspaces"),
        ("a?b#c", b"a%3Fb%23c"),
        (" x ", b"%20x%20"),
        ("é", b"%C3%A9"),
    ],
)
async def test_ids_stay_one_path_segment(identifier: str, segment: bytes) -> None:
    """Whatever an ID holds, the server sees it as one encoded segment of the documented path."""
    script = Script([httpx.Response(404, json={"status": 404, "title": "Not found"})])
    async with make_client(script) as client:
        with pytest.raises(aioarize.NotFoundError):
            await client.integrations.get(identifier)
    (request,) = script.requests
    assert request.url.raw_path == b"/v2/integrations/" + segment


@pytest.mark.anyio
async def test_injected_http_client_is_used_and_not_closed() -> None:
    """A caller's httpx.AsyncClient serves the requests and stays open after aclose()."""
    script = Script([httpx.Response(200, json=EMPTY_INTEGRATIONS)])
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(script))
    async with AsyncArize("k", http_client=http_client) as client:
        assert [i async for i in client.integrations.list()] == []
    assert len(script.requests) == 1
    assert not http_client.is_closed
    await http_client.aclose()


@pytest.mark.anyio
async def test_aclose_is_idempotent() -> None:
    """Closing twice is harmless and closes the client aioarize created."""
    client = make_client(Script([]))
    await client.aclose()
    await client.aclose()
    assert client._sender.http_client.is_closed


@pytest.mark.anyio
async def test_redirects_are_not_followed() -> None:
    """A 3xx is reported as an APIStatusError instead of being followed with the key."""
    script = Script([httpx.Response(302, headers={"Location": "https://evil.example/"})])
    async with make_client(script) as client:
        with pytest.raises(aioarize.APIStatusError) as caught:
            await client.integrations.get("X")
    assert caught.value.status == 302
    assert len(script.requests) == 1


@pytest.mark.anyio
async def test_injected_client_does_not_follow_redirects_either() -> None:
    """Even an injected client set to follow redirects does not carry the key elsewhere."""
    script = Script([httpx.Response(307, headers={"Location": "https://evil.example/"})])
    transport = httpx.MockTransport(script)
    async with httpx.AsyncClient(transport=transport, follow_redirects=True) as http_client:
        client = AsyncArize("k", http_client=http_client)
        with pytest.raises(aioarize.APIStatusError):
            await client.integrations.get("X")
    assert [r.url.host for r in script.requests] == ["api.arize.com"]


@pytest.mark.anyio
async def test_with_options_shares_the_connection_pool() -> None:
    """with_options derives a client with new settings over the same HTTP client."""
    script = Script([httpx.Response(200, json=EMPTY_INTEGRATIONS)])
    async with make_client(script) as client:
        fast = client.with_options(timeout=1.5, retry=RetryPolicy(max_retries=0))
        assert fast._sender is client._sender
        assert fast.timeout.read == 1.5 and client.timeout.read == 30.0
        assert fast.retry.max_retries == 0 and client.retry.max_retries == 4
        assert [i async for i in fast.integrations.list()] == []
        await fast.aclose()
        assert not client._sender.http_client.is_closed
    assert script.requests[0].extensions["timeout"]["read"] == 1.5


def test_no_cleanup_in_del() -> None:
    """Cleanup is explicit (aclose / async with), never left to the garbage collector."""
    assert "__del__" not in vars(AsyncArize)


@pytest.mark.anyio
async def test_raw_response_gives_status_headers_and_request_id() -> None:
    """Inside raw_response() the HTTP response of a successful call is at hand; outside, not."""
    script = Script(
        [
            httpx.Response(200, json=EMPTY_INTEGRATIONS, headers={"x-request-id": "req-1"}),
            httpx.Response(200, json=EMPTY_INTEGRATIONS, headers={"x-request-id": "req-2"}),
        ]
    )
    async with make_client(script) as client:
        assert aioarize.RawResponse().status_code is None  # before any call answers
        with client.raw_response() as raw:
            assert [i async for i in client.integrations.list()] == []
        assert (raw.status_code, raw.request_id) == (200, "req-1")
        assert raw.headers["content-type"] == "application/json"
        assert [i async for i in client.integrations.list()] == []
        assert raw.request_id == "req-1"  # the call outside the block did not touch it
