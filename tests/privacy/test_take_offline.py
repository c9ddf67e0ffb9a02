""" "Take offline" opens only file: recordings under this machine's recording folders and
https: from its recording servers, and never without the content hash."""

from __future__ import annotations

import hashlib
import http.server
import os
import threading

import pytest

from qaclient import settings as settings_mod
from qaclient.sync.offline_cache import (
    CacheRequest,
    OfflineCache,
    SourcePolicy,
    checkout_assignments,
)


def _file(folder, name, size=2000):
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_bytes(os.urandom(size))
    return p, hashlib.sha256(p.read_bytes()).hexdigest()


def _reasons(report):
    return dict(report.failed)


def test_file_outside_the_roots_http_and_missing_hash_are_refused(tmp_path):
    share = tmp_path / "share"
    good, good_hash = _file(share, "good.wav")
    secret, secret_hash = _file(tmp_path / "elsewhere", "passwd")
    (share / "link").symlink_to(tmp_path / "elsewhere")
    cache = OfflineCache(root=tmp_path / "cache", sources=SourcePolicy((share,)))
    rep = cache.checkout(
        [
            CacheRequest("ok", good.as_uri(), good_hash),
            CacheRequest("outside", secret.as_uri(), secret_hash),
            CacheRequest("dotdot", f"{share}/../elsewhere/passwd", secret_hash),
            CacheRequest("symlink", (share / "link" / "passwd").as_uri(), secret_hash),
            CacheRequest("http", "http://records.example/a.wav", good_hash),
            CacheRequest("ftp", "ftp://records.example/a.wav", good_hash),
            CacheRequest("remote", "file://fileserver/share/a.wav", good_hash),
            CacheRequest("nohash", good.as_uri(), ""),
        ]
    )
    assert rep.fetched == ["ok"]
    why = _reasons(rep)
    for cid in ("outside", "dotdot", "symlink"):
        assert "outside the recording folders" in why[cid], why[cid]
    assert "plain http is not allowed" in why["http"]
    assert "file: or https: only, not ftp:" in why["ftp"]
    assert "another host" in why["remote"]
    assert "no content hash" in why["nohash"]
    assert cache.usage() == 2000  # only the allowed, verified copy


def test_no_roots_configured_refuses_every_file(tmp_path):
    p, h = _file(tmp_path / "share", "a.wav")
    cache = OfflineCache(root=tmp_path / "cache", sources=SourcePolicy())
    rep = cache.checkout([CacheRequest("a", p.as_uri(), h)])
    assert "no recording folders are configured" in _reasons(rep)["a"]


class _Handler(http.server.BaseHTTPRequestHandler):
    body = b""

    def do_GET(self):  # noqa: N802
        if self.path.startswith("/redirect"):
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.1:1/elsewhere.wav")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


def test_https_only_to_configured_hosts_and_redirects_checked(tmp_path):
    server = http.server.HTTPServer(("127.0.0.1", 0), _Handler)
    _Handler.body = b"x" * 100
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        port = server.server_address[1]
        digest = hashlib.sha256(_Handler.body).hexdigest()
        policy = SourcePolicy(hosts=(f"127.0.0.1:{port}",))
        # the host is allowed, but not over plain http
        with pytest.raises(Exception, match="plain http"):
            policy.open(f"http://127.0.0.1:{port}/a.wav")
        with pytest.raises(Exception, match="not one of the recording servers"):
            SourcePolicy(hosts=("records.example",)).check_url(f"https://127.0.0.1:{port}/a")
        assert policy.check_url(f"https://127.0.0.1:{port}/a.wav")
        cache = OfflineCache(root=tmp_path / "cache", sources=policy)
        rep = cache.checkout([CacheRequest("h", f"http://127.0.0.1:{port}/a.wav", digest)])
        assert "plain http" in _reasons(rep)["h"] and cache.usage() == 0
        # a redirect to a URL the policy refuses is refused (checked via the handler)
        from qaclient.sync.offline_cache import CacheError, _CheckedRedirects

        with pytest.raises(CacheError, match="redirected elsewhere"):
            _CheckedRedirects(policy).redirect_request(
                None, None, 302, "Found", {}, "http://127.0.0.1:1/elsewhere.wav"
            )
    finally:
        server.shutdown()


def test_checkout_of_assignments_uses_the_settings(col, tmp_path):
    from privacy_helpers import stereo

    share = tmp_path / "share"
    share.mkdir()
    col.library.add_call("in", agent="a", file=stereo(share / "in.wav", 1))
    other = tmp_path / "other"
    other.mkdir()
    col.library.add_call("out", agent="a", file=stereo(other / "out.wav", 1))
    col.library.assign(["in", "out"], ["tester"])
    rep = checkout_assignments(col)
    assert rep.fetched == [] and len(rep.failed) == 2  # nothing configured yet
    settings_mod.update(recording_roots=[str(share)])
    rep = checkout_assignments(col)
    assert rep.fetched == ["in"]
    assert "outside the recording folders" in _reasons(rep)["out"]


def test_importing_a_folder_makes_it_a_recording_root(col, tmp_path):
    from privacy_helpers import stereo

    share = tmp_path / "imported"
    share.mkdir()
    stereo(share / "x.wav", 1)
    col.library.import_folder(share)
    assert settings_mod.load().recording_roots == [os.path.realpath(share)]
    col.library.import_folder(share)  # once only
    assert len(settings_mod.load().recording_roots) == 1
