package bundle

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"testing"
)

// FuzzRead feeds arbitrary bytes to Read and Verify: they must never panic,
// never accept a bundle the fuzzer could forge without the key, and only
// fail with refusals (or the no-key error).
func FuzzRead(f *testing.F) {
	seed := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, 32))
	pub := seed.Public().(ed25519.PublicKey)
	b := testBundle(1)
	if _, err := Marshal(b); err != nil {
		f.Fatal(err)
	}
	unsigned, _ := Rewrite(b)
	if err := Sign(b, seed); err != nil {
		f.Fatal(err)
	}
	signedArchive, _ := Rewrite(b)
	f.Add(unsigned)
	f.Add(signedArchive)
	f.Add([]byte{})
	f.Add([]byte{0x1f, 0x8b, 0x08, 0x00})
	lim := Limits{MaxArchive: 1 << 20, MaxFile: 256 << 10, MaxEntries: 64}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := Read(bytes.NewReader(data), lim)
		if err != nil {
			var re *RefusalError
			if !errors.As(err, &re) {
				t.Fatalf("Read: non-refusal error %v", err)
			}
			return
		}
		err = Verify(got, VerifyOptions{Keys: []ed25519.PublicKey{pub}})
		if err == nil {
			// Only archives carrying the seed's genuine manifest and
			// files can verify.
			if !bytes.Equal(got.ManifestRaw, b.ManifestRaw) {
				t.Fatalf("verified a manifest that was never signed:\n%s", got.ManifestRaw)
			}
			return
		}
		var re *RefusalError
		if !errors.As(err, &re) {
			t.Fatalf("Verify: non-refusal error %v", err)
		}
	})
}
