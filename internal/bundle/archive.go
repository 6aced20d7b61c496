package bundle

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"
	"time"
)

// Bundle is a bundle in memory.
type Bundle struct {
	// Manifest is the decoded manifest. Write fills Manifest.Files from
	// Files; Read decodes it from ManifestRaw.
	Manifest Manifest
	// ManifestRaw is the manifest member exactly as in the archive (set by
	// Read and Write; the signature covers these bytes).
	ManifestRaw []byte
	// Files are the members other than the manifest and the signature.
	Files map[string][]byte
	// Signature is the DSSE envelope (JSON), nil when unsigned.
	Signature []byte
}

// Limits bound what Read accepts.
type Limits struct {
	MaxArchive int64 // bytes of the (decompressed) archive
	MaxFile    int64 // bytes of one member
	MaxEntries int   // number of members
}

// DefaultLimits are generous for policy bundles and small for an attacker:
// 256 MiB archive, 64 MiB per member, 4096 members.
func DefaultLimits() Limits {
	return Limits{MaxArchive: 256 << 20, MaxFile: 64 << 20, MaxEntries: 4096}
}

// Write writes b as a deterministic tar archive: manifest.json first, then
// the files sorted by path, then the signature if any; fixed mtime, uid,
// gid, mode 0644, no user names, USTAR format. It sets b.Manifest.Files and
// b.ManifestRaw.
func Write(w io.Writer, b *Bundle) error {
	if b.Manifest.FormatVersion == 0 {
		b.Manifest.FormatVersion = FormatVersion
	}
	paths := sortedPaths(b.Files)
	files := make([]File, 0, len(paths))
	for _, p := range paths {
		if err := checkName(p); err != nil {
			return fmt.Errorf("write bundle: %w", err)
		}
		if p == ManifestName || p == SignatureName {
			return fmt.Errorf("write bundle: %s is a reserved member name", p)
		}
		files = append(files, File{Path: p, Size: int64(len(b.Files[p])), SHA256: sha256Hex(b.Files[p])})
	}
	b.Manifest.Files = files
	raw, err := b.Manifest.Marshal()
	if err != nil {
		return err
	}
	b.ManifestRaw = raw
	return writeMembers(w, b)
}

// writeMembers writes the archive from ManifestRaw, Files and Signature.
func writeMembers(w io.Writer, b *Bundle) error {
	tw := tar.NewWriter(w)
	add := func(name string, data []byte) error {
		hdr := &tar.Header{
			Typeflag: tar.TypeReg,
			Name:     name,
			Size:     int64(len(data)),
			Mode:     0o644,
			ModTime:  time.Unix(0, 0).UTC(), // fixed: reproducible archives
			Format:   tar.FormatUSTAR,
		}
		if err := tw.WriteHeader(hdr); err != nil {
			return fmt.Errorf("write bundle member %s: %w", name, err)
		}
		if _, err := tw.Write(data); err != nil {
			return fmt.Errorf("write bundle member %s: %w", name, err)
		}
		return nil
	}
	if err := add(ManifestName, b.ManifestRaw); err != nil {
		return err
	}
	for _, p := range sortedPaths(b.Files) {
		if err := add(p, b.Files[p]); err != nil {
			return err
		}
	}
	if b.Signature != nil {
		if err := add(SignatureName, b.Signature); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return fmt.Errorf("write bundle: %w", err)
	}
	return nil
}

// Marshal returns the archive bytes of b (see Write).
func Marshal(b *Bundle) ([]byte, error) {
	var buf bytes.Buffer
	if err := Write(&buf, b); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Read parses an archive within lim. It refuses unsafe members, duplicates
// and oversize input but does not check signatures or digests (Verify
// does). A gzip-compressed archive is accepted; the limits apply to the
// decompressed bytes, so a decompression bomb is refused.
func Read(r io.Reader, lim Limits) (*Bundle, error) {
	br := bufio.NewReader(r)
	var src io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, refuse(ReasonMalformed, "gzip: %v", err)
		}
		defer zr.Close()
		src = zr
	}
	lr := &limitedReader{r: src, n: lim.MaxArchive}
	tr := tar.NewReader(lr)
	b := &Bundle{Files: map[string][]byte{}}
	seen := map[string]bool{}
	for i := 0; ; i++ {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if lr.exceeded {
				return nil, refuse(ReasonOversize, "archive exceeds %d bytes", lim.MaxArchive)
			}
			return nil, refuse(ReasonMalformed, "read archive: %v", err)
		}
		if i >= lim.MaxEntries {
			return nil, refuse(ReasonOversize, "archive has more than %d members", lim.MaxEntries)
		}
		data, err := readMember(tr, hdr, lim, lr)
		if err != nil {
			return nil, err
		}
		if seen[hdr.Name] {
			return nil, refuse(ReasonDuplicate, "member %q appears twice", hdr.Name)
		}
		seen[hdr.Name] = true
		switch {
		case hdr.Name == ManifestName:
			if i != 0 {
				return nil, refuse(ReasonMalformed, "%s must be the first member", ManifestName)
			}
			b.ManifestRaw = data
		case hdr.Name == SignatureName:
			b.Signature = data
		case b.Signature != nil:
			return nil, refuse(ReasonMalformed, "member %q follows the signature (it must be last)", hdr.Name)
		default:
			b.Files[hdr.Name] = data
		}
	}
	if b.ManifestRaw == nil {
		return nil, refuse(ReasonMalformed, "archive has no %s", ManifestName)
	}
	m, err := ParseManifest(b.ManifestRaw)
	if err != nil {
		return nil, err
	}
	b.Manifest = *m
	return b, nil
}

// readMember checks one header and returns its contents.
func readMember(tr *tar.Reader, hdr *tar.Header, lim Limits, lr *limitedReader) ([]byte, error) {
	if hdr.Typeflag != tar.TypeReg {
		return nil, refuse(ReasonUnsafeEntry, "member %q is not a regular file (type %q): links, devices and directories are not allowed", hdr.Name, string(hdr.Typeflag))
	}
	if err := checkName(hdr.Name); err != nil {
		return nil, err
	}
	if hdr.Mode&^0o644 != 0 {
		return nil, refuse(ReasonUnsafeEntry, "member %q has mode %o (want 0644 or less)", hdr.Name, hdr.Mode)
	}
	if hdr.Size < 0 || hdr.Size > lim.MaxFile {
		return nil, refuse(ReasonOversize, "member %q is %d bytes (limit %d)", hdr.Name, hdr.Size, lim.MaxFile)
	}
	data, err := io.ReadAll(io.LimitReader(tr, lim.MaxFile+1))
	if err != nil {
		if lr.exceeded {
			return nil, refuse(ReasonOversize, "archive exceeds %d bytes", lim.MaxArchive)
		}
		return nil, refuse(ReasonMalformed, "read member %q: %v", hdr.Name, err)
	}
	if int64(len(data)) != hdr.Size {
		return nil, refuse(ReasonMalformed, "member %q: read %d bytes, header says %d", hdr.Name, len(data), hdr.Size)
	}
	return data, nil
}

// checkName refuses anything but a clean relative path of safe characters.
func checkName(name string) error {
	bad := func(why string) error {
		return refuse(ReasonUnsafeEntry, "member name %q: %s", name, why)
	}
	switch {
	case name == "":
		return bad("empty")
	case strings.HasPrefix(name, "/"):
		return bad("absolute path")
	case name == ".." || strings.HasPrefix(name, "../") || strings.Contains(name, "/../") || strings.HasSuffix(name, "/.."):
		return bad("path traversal")
	case path.Clean(name) != name:
		return bad("not a clean path")
	case len(name) > 100:
		return bad("longer than 100 bytes")
	}
	for _, c := range name {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.ContainsRune("._-/", c)) {
			return bad(fmt.Sprintf("character %q not allowed", c))
		}
	}
	return nil
}

// limitedReader fails once more than n bytes were read, remembering why.
type limitedReader struct {
	r        io.Reader
	n        int64
	exceeded bool
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		// Allow reading to detect EOF exactly at the limit.
		var one [1]byte
		k, err := l.r.Read(one[:])
		if k > 0 {
			l.exceeded = true
			return 0, errors.New("archive too large")
		}
		return 0, err
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	k, err := l.r.Read(p)
	l.n -= int64(k)
	return k, err
}

func sortedPaths(files map[string][]byte) []string {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	return paths
}

func sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// Digest returns the sha256 (hex) of the manifest bytes: the bundle's identity.
func (b *Bundle) Digest() string { return sha256Hex(b.ManifestRaw) }
