"""The network gate: offline mode, endpoint choice, no insecure downgrade, the record hook."""

from __future__ import annotations

import pytest
from huggingface_hub import hf_hub_download

from localchat.downloads import DownloadManager, DownloadRequest, JobState
from localchat.errors import UserFacingError
from localchat.network import DEFAULT_ENDPOINT, OFFLINE_MESSAGE, NetworkGate


def test_offline_download_is_refused_and_the_server_sees_nothing(gate, hub, models_dir, settings):
    gate.offline = True
    manager = DownloadManager(gate, models_dir, settings=settings)
    job = manager.download(DownloadRequest("test/small", "small.gguf"))
    assert job.wait(10) and job.state is JobState.FAILED
    assert job.error.message == OFFLINE_MESSAGE
    assert job.error.action == "Turn off Offline in Settings to download."
    assert hub.hub.requests == []


def test_offline_also_stops_direct_huggingface_hub_calls(gate, hub, tmp_path):
    gate.offline = True
    with pytest.raises(Exception, match="offline mode"):
        hf_hub_download(
            "test/small", "small.gguf", endpoint=gate.endpoint, local_dir=tmp_path, etag_timeout=2
        )
    assert hub.hub.requests == []


def test_endpoint_from_setting_then_hf_endpoint_then_default():
    assert NetworkGate(environ={}).endpoint == DEFAULT_ENDPOINT
    env = {"HF_ENDPOINT": "https://mirror.example/"}
    assert NetworkGate(environ=env).endpoint == "https://mirror.example"
    configured = NetworkGate(endpoint="https://other.example", environ=env)
    assert configured.endpoint == "https://other.example"


@pytest.mark.parametrize("endpoint", ["http://huggingface.co", "http://10.0.0.1:8080", "ftp://x"])
def test_plain_http_is_refused_unless_loopback(endpoint):
    with pytest.raises(UserFacingError, match="only secure"):
        NetworkGate(endpoint=endpoint, environ={})


@pytest.mark.parametrize("endpoint", ["http://127.0.0.1:9", "http://localhost:9", "http://[::1]:9"])
def test_loopback_http_is_allowed_for_tests(endpoint):
    assert NetworkGate(endpoint=endpoint, environ={}).endpoint == endpoint


def test_a_redirect_to_plain_http_is_refused(gate):
    with pytest.raises(UserFacingError, match="only secure"):
        gate.check("download", "http://cdn.example/file")


def test_client_verifies_tls(gate):
    client = gate.make_client()
    try:
        context = client._transport._pool._ssl_context
        import ssl

        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    finally:
        client.close()


def test_record_hook_hears_every_request(gate, hub, ledger, manager):
    job = manager.download(DownloadRequest("test/small", "small.gguf"))
    assert job.wait(20) and job.state is JobState.FINISHED
    purposes = [purpose for _host, purpose, _n in ledger]
    assert purposes == ["download-metadata", "download"]
    assert ledger[-1] == ("127.0.0.1", "download", 6 << 20)
