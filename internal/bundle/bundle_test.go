package bundle

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/ed25519"
	"errors"
	"strings"
	"testing"
)

// testBundle returns an unsigned bundle with a few members.
func testBundle(rev uint64) *Bundle {
	return &Bundle{
		Manifest: Manifest{
			Revision:       rev,
			Compiler:       "policyc test",
			Inputs:         []Digest{{Name: "policy.yaml", SHA256: strings.Repeat("ab", 32)}},
			KernelFeatures: []string{"tcx"},
			Programs:       []Program{{Object: "objects/256.o", Name: "ingress", Subject: 256, Direction: "ingress", Attach: AttachTCXEgress}},
			Maps:           []MapSpec{{Name: "ipcache", Type: "Hash", KeySize: 4, ValueSize: 4, MaxEntries: 1024, Shared: true}},
		},
		Files: map[string][]byte{
			"objects/256.o": []byte("\x7fELF not really"),
			NodeDataName:    []byte(`{"Identities":[]}`),
			"l7/10080.json": []byte(`{"http":[]}`),
		},
	}
}

func mustKey(t *testing.T) (ed25519.PrivateKey, ed25519.PublicKey) {
	t.Helper()
	privPEM, pubPEM, err := GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	priv, err := ParsePrivateKey(privPEM)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := ParsePublicKey(pubPEM)
	if err != nil {
		t.Fatal(err)
	}
	return priv, pub
}

// signed returns the archive bytes of testBundle(rev) signed with priv.
func signed(t *testing.T, rev uint64, priv ed25519.PrivateKey, mutate func(*Bundle)) []byte {
	t.Helper()
	b := testBundle(rev)
	if mutate != nil {
		mutate(b)
	}
	if _, err := Marshal(b); err != nil {
		t.Fatal(err)
	}
	if err := Sign(b, priv); err != nil {
		t.Fatal(err)
	}
	out, err := Rewrite(b)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// member is one raw tar member for hand-built archives.
type member struct {
	hdr  tar.Header
	data []byte
}

func reg(name string, data []byte) member {
	return member{hdr: tar.Header{Typeflag: tar.TypeReg, Name: name, Mode: 0o644, Size: int64(len(data))}, data: data}
}

func rawTar(t *testing.T, ms []member) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, m := range ms {
		h := m.hdr
		if err := tw.WriteHeader(&h); err != nil {
			t.Fatal(err)
		}
		if len(m.data) > 0 {
			if _, err := tw.Write(m.data); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// members splits a valid archive into its members (for surgical edits).
func members(t *testing.T, archive []byte) []member {
	t.Helper()
	b, err := Read(bytes.NewReader(archive), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	ms := []member{reg(ManifestName, b.ManifestRaw)}
	for _, p := range sortedPaths(b.Files) {
		ms = append(ms, reg(p, b.Files[p]))
	}
	if b.Signature != nil {
		ms = append(ms, reg(SignatureName, b.Signature))
	}
	return ms
}

func replace(ms []member, name string, m member) []member {
	out := append([]member(nil), ms...)
	for i := range out {
		if out[i].hdr.Name == name {
			out[i] = m
		}
	}
	return out
}

// insertBefore inserts m before the member named name.
func insertBefore(ms []member, name string, m member) []member {
	var out []member
	for _, x := range ms {
		if x.hdr.Name == name {
			out = append(out, m)
		}
		out = append(out, x)
	}
	return out
}

func remove(ms []member, name string) []member {
	var out []member
	for _, x := range ms {
		if x.hdr.Name != name {
			out = append(out, x)
		}
	}
	return out
}

func gz(t *testing.T, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteDeterministic(t *testing.T) {
	a, err := Marshal(testBundle(7))
	if err != nil {
		t.Fatal(err)
	}
	// Build the same bundle again with the map populated in another order.
	b2 := testBundle(7)
	files := b2.Files
	b2.Files = map[string][]byte{}
	for _, p := range []string{"l7/10080.json", NodeDataName, "objects/256.o"} {
		b2.Files[p] = files[p]
	}
	b, err := Marshal(b2)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same bundle differ")
	}
	// Signing is deterministic too (Ed25519).
	priv, _ := mustKey(t)
	if s1, s2 := signed(t, 7, priv, nil), signed(t, 7, priv, nil); !bytes.Equal(s1, s2) {
		t.Fatal("two signatures of the same bundle differ")
	}
	// Every header is fixed: mtime 0, uid/gid 0, mode 0644, no names.
	tr := tar.NewReader(bytes.NewReader(a))
	var names []string
	for {
		h, err := tr.Next()
		if err != nil {
			break
		}
		names = append(names, h.Name)
		if h.ModTime.Unix() != 0 || h.Uid != 0 || h.Gid != 0 || h.Mode != 0o644 || h.Uname != "" || h.Gname != "" {
			t.Errorf("member %s: non-fixed header %+v", h.Name, h)
		}
	}
	want := []string{ManifestName, "l7/10080.json", NodeDataName, "objects/256.o"}
	if strings.Join(names, ",") != strings.Join(want, ",") {
		t.Errorf("member order %v, want %v", names, want)
	}
}

func TestRoundTrip(t *testing.T) {
	priv, pub := mustKey(t)
	archive := signed(t, 3, priv, nil)
	b, err := Read(bytes.NewReader(archive), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(b, VerifyOptions{Keys: []ed25519.PublicKey{pub}}); err != nil {
		t.Fatalf("verify: %v", err)
	}
	if b.Manifest.Revision != 3 || len(b.Manifest.Files) != 3 || string(b.Files[NodeDataName]) != `{"Identities":[]}` {
		t.Errorf("round trip lost data: %+v", b.Manifest)
	}
	// Same revision and content as applied: fine (re-apply for churn).
	if err := Verify(b, VerifyOptions{Keys: []ed25519.PublicKey{pub}, Applied: &Applied{Revision: 3, Digest: b.Digest()}}); err != nil {
		t.Errorf("re-verify same revision: %v", err)
	}
	// Gzip-compressed archives are accepted.
	if _, err := Read(bytes.NewReader(gz(t, archive)), DefaultLimits()); err != nil {
		t.Errorf("gzip: %v", err)
	}
	// Two trusted keys: one matching is enough.
	_, other := mustKey(t)
	if err := Verify(b, VerifyOptions{Keys: []ed25519.PublicKey{other, pub}}); err != nil {
		t.Errorf("verify with a key ring: %v", err)
	}
}

func TestRefusals(t *testing.T) {
	priv, pub := mustKey(t)
	_, otherPub := mustKey(t)
	good := signed(t, 5, priv, nil)
	goodMs := members(t, good)
	goodB, err := Read(bytes.NewReader(good), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	unsigned, err := Marshal(testBundle(5))
	if err != nil {
		t.Fatal(err)
	}
	tiny := Limits{MaxArchive: 64 << 10, MaxFile: 4 << 10, MaxEntries: 6}
	big := bytes.Repeat([]byte{0}, 1<<20)
	v2 := signed(t, 5, priv, func(b *Bundle) { b.Manifest.FormatVersion = 2 })
	sigEnv := goodB.Signature

	cases := []struct {
		name    string
		archive []byte
		limits  Limits
		keys    []ed25519.PublicKey
		applied *Applied
		want    Reason
		msg     string
	}{
		{name: "no signature", archive: unsigned, want: ReasonNoSignature, msg: "not signed"},
		{name: "wrong key", archive: good, keys: []ed25519.PublicKey{otherPub}, want: ReasonBadSignature, msg: "no trusted key"},
		{name: "file changed", archive: rawTar(t, replace(goodMs, "objects/256.o", reg("objects/256.o", []byte("\x7fELF evil")))), want: ReasonFileChanged, msg: `"objects/256.o" does not match`},
		{name: "file added", archive: rawTar(t, insertBefore(goodMs, SignatureName, reg("objects/999.o", []byte("x")))), want: ReasonFileAdded, msg: `"objects/999.o" is not listed`},
		{name: "file removed", archive: rawTar(t, remove(goodMs, "l7/10080.json")), want: ReasonFileRemoved, msg: `"l7/10080.json" listed in the manifest is missing`},
		{name: "manifest changed", archive: rawTar(t, replace(goodMs, ManifestName, reg(ManifestName, bytes.Replace(goodB.ManifestRaw, []byte(`"revision": 5`), []byte(`"revision": 9`), 1)))), want: ReasonManifestDigest, msg: "signature covers"},
		{name: "signature corrupted", archive: rawTar(t, replace(goodMs, SignatureName, reg(SignatureName, bytes.Replace(sigEnv, []byte(`"sig": "`), []byte(`"sig": "AAAA`), 1)))), want: ReasonBadSignature},
		{name: "signature not json", archive: rawTar(t, replace(goodMs, SignatureName, reg(SignatureName, []byte("garbage")))), want: ReasonBadSignature, msg: "not valid DSSE"},
		{name: "signature empty list", archive: rawTar(t, replace(goodMs, SignatureName, reg(SignatureName, []byte(`{"payloadType":"application/vnd.in-toto+json","payload":"","signatures":[]}`)))), want: ReasonNoSignature},
		{name: "wrong payload type", archive: rawTar(t, replace(goodMs, SignatureName, reg(SignatureName, bytes.Replace(sigEnv, []byte("vnd.in-toto+json"), []byte("vnd.other+json"), 1)))), want: ReasonBadSignature, msg: "payload type"},
		{name: "path traversal", archive: rawTar(t, insertBefore(goodMs, SignatureName, reg("../../etc/passwd", []byte("x")))), want: ReasonUnsafeEntry, msg: "path traversal"},
		{name: "traversal inside", archive: rawTar(t, insertBefore(goodMs, SignatureName, reg("objects/../../x", []byte("x")))), want: ReasonUnsafeEntry, msg: "path traversal"},
		{name: "unclean path", archive: rawTar(t, insertBefore(goodMs, SignatureName, reg("objects//./x", []byte("x")))), want: ReasonUnsafeEntry, msg: "not a clean path"},
		{name: "absolute path", archive: rawTar(t, insertBefore(goodMs, SignatureName, reg("/etc/passwd", []byte("x")))), want: ReasonUnsafeEntry, msg: "absolute path"},
		{name: "odd characters", archive: rawTar(t, insertBefore(goodMs, SignatureName, reg("objects/a\\b.o", []byte("x")))), want: ReasonUnsafeEntry, msg: "not allowed"},
		{name: "symlink", archive: rawTar(t, insertBefore(goodMs, SignatureName, member{hdr: tar.Header{Typeflag: tar.TypeSymlink, Name: "objects/link", Linkname: "/etc/shadow", Mode: 0o644}})), want: ReasonUnsafeEntry, msg: "not a regular file"},
		{name: "hard link", archive: rawTar(t, insertBefore(goodMs, SignatureName, member{hdr: tar.Header{Typeflag: tar.TypeLink, Name: "objects/hl", Linkname: "node.json", Mode: 0o644}})), want: ReasonUnsafeEntry},
		{name: "char device", archive: rawTar(t, insertBefore(goodMs, SignatureName, member{hdr: tar.Header{Typeflag: tar.TypeChar, Name: "dev", Devmajor: 1, Devminor: 3, Mode: 0o644}})), want: ReasonUnsafeEntry},
		{name: "fifo", archive: rawTar(t, insertBefore(goodMs, SignatureName, member{hdr: tar.Header{Typeflag: tar.TypeFifo, Name: "fifo", Mode: 0o644}})), want: ReasonUnsafeEntry},
		{name: "directory", archive: rawTar(t, insertBefore(goodMs, SignatureName, member{hdr: tar.Header{Typeflag: tar.TypeDir, Name: "objects/", Mode: 0o755}})), want: ReasonUnsafeEntry},
		{name: "setuid mode", archive: rawTar(t, replace(goodMs, NodeDataName, member{hdr: tar.Header{Typeflag: tar.TypeReg, Name: NodeDataName, Mode: 0o4755, Size: int64(len(goodB.Files[NodeDataName]))}, data: goodB.Files[NodeDataName]})), want: ReasonUnsafeEntry, msg: "mode"},
		{name: "duplicate entry", archive: rawTar(t, insertBefore(goodMs, SignatureName, reg("objects/256.o", goodB.Files["objects/256.o"]))), want: ReasonDuplicate, msg: "appears twice"},
		{name: "duplicate manifest", archive: rawTar(t, insertBefore(goodMs, SignatureName, reg(ManifestName, goodB.ManifestRaw))), want: ReasonDuplicate},
		{name: "manifest not first", archive: rawTar(t, append(remove(goodMs, ManifestName)[:1], append([]member{reg(ManifestName, goodB.ManifestRaw)}, remove(goodMs, ManifestName)[1:]...)...)), want: ReasonMalformed, msg: "first member"},
		{name: "member after signature", archive: rawTar(t, append(append([]member(nil), goodMs...), reg("late.json", []byte("{}")))), want: ReasonMalformed, msg: "follows the signature"},
		{name: "no manifest", archive: rawTar(t, remove(goodMs, ManifestName)), want: ReasonMalformed, msg: "no manifest.json"},
		{name: "not a tar", archive: []byte("hello, this is not a tar archive at all, just text of some length........................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................"), want: ReasonMalformed},
		{name: "oversize archive", archive: rawTar(t, insertBefore(goodMs, SignatureName, reg("pad1", bytes.Repeat([]byte{1}, 3<<10)))), limits: Limits{MaxArchive: 4 << 10, MaxFile: 4 << 10, MaxEntries: 100}, want: ReasonOversize, msg: "exceeds"},
		{name: "oversize member", archive: rawTar(t, insertBefore(goodMs, SignatureName, reg("pad", bytes.Repeat([]byte{1}, 5<<10)))), limits: tiny, want: ReasonOversize, msg: "limit"},
		{name: "too many members", archive: rawTar(t, insertBefore(insertBefore(goodMs, SignatureName, reg("a", nil)), SignatureName, reg("b", nil))), limits: tiny, want: ReasonOversize, msg: "more than 6 members"},
		{name: "decompression bomb", archive: gz(t, rawTar(t, insertBefore(goodMs, SignatureName, reg("bomb", big)))), limits: Limits{MaxArchive: 64 << 10, MaxFile: 2 << 20, MaxEntries: 100}, want: ReasonOversize, msg: "exceeds"},
		{name: "downgrade", archive: good, applied: &Applied{Revision: 6, Digest: "x"}, want: ReasonDowngrade, msg: "lower than the applied revision 6"},
		{name: "revision reuse", archive: good, applied: &Applied{Revision: 5, Digest: "0000"}, want: ReasonRevisionReuse, msg: "already applied"},
		{name: "unknown format version", archive: v2, want: ReasonFormatVersion, msg: "unknown bundle format version 2"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			lim := tc.limits
			if lim == (Limits{}) {
				lim = DefaultLimits()
			}
			keys := tc.keys
			if keys == nil {
				keys = []ed25519.PublicKey{pub}
			}
			b, err := Read(bytes.NewReader(tc.archive), lim)
			if err == nil {
				err = Verify(b, VerifyOptions{Keys: keys, Applied: tc.applied})
			}
			var re *RefusalError
			if !errors.As(err, &re) {
				t.Fatalf("got %v, want refusal %s", err, tc.want)
			}
			if re.Reason != tc.want {
				t.Fatalf("refused for %s (%v), want %s", re.Reason, err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("message %q does not mention %q", err, tc.msg)
			}
		})
	}
	// The untouched bundle passes with the same options, so each row
	// fails for its own reason.
	if err := Verify(goodB, VerifyOptions{Keys: []ed25519.PublicKey{pub}, Applied: &Applied{Revision: 4}}); err != nil {
		t.Fatalf("control: %v", err)
	}
}
