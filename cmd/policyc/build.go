package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/spf13/cobra"

	"github.com/policyc/policyc/codegen"
	"github.com/policyc/policyc/ir"
)

// buildManifest is DIR/manifest.json of `policyc build`.
type buildManifest struct {
	Format   int             `json:"format"`
	Compiler string          `json:"compiler"`
	Maps     []manifestMap   `json:"maps"`
	Subjects []manifestEntry `json:"subjects"`
}

type manifestMap struct {
	Name       string `json:"name"`
	Type       string `json:"type"`
	KeySize    uint32 `json:"keySize"`
	ValueSize  uint32 `json:"valueSize"`
	MaxEntries uint32 `json:"maxEntries"`
	Flags      uint32 `json:"flags,omitempty"`
	Pinning    string `json:"pinning"`
}

type manifestEntry struct {
	Identity  ir.Identity       `json:"identity"`
	Endpoints []string          `json:"endpoints,omitempty"`
	Object    string            `json:"object"`
	SHA256    string            `json:"sha256"`
	Listing   string            `json:"listing"`
	Programs  []manifestProgram `json:"programs"`
}

type manifestProgram struct {
	Name         string `json:"name"`
	Section      string `json:"section"`
	Direction    string `json:"direction"`
	Attach       string `json:"attach"`
	Enforced     bool   `json:"enforced"`
	Strategy     string `json:"strategy"`
	Instructions int    `json:"instructions"`
}

func newBuildCmd(s *streams) *cobra.Command {
	var (
		cf       compileFlags
		out      string
		emit     string
		legacy   string
		revision uint64
		keyPath  string
	)
	cmd := &cobra.Command{
		Use:   "build [POLICY_PATH...] --inventory FILE -o DIR|FILE.bundle",
		Short: "Compile policies into one eBPF object per subject identity",
		Long: `build compiles the policies against the inventory and writes, into DIR, one
relocatable BPF ELF object per subject identity (its ingress and egress
sched_cls programs and the shared, pinned-by-name map definitions), an
annotated listing of each object (subject-<id>.lst, every block commented
with the rule it implements), and manifest.json (subjects, programs,
sections, maps, sha256 digests). docs/datapath.md describes the ABI.

--emit=bundle (the default when -o ends in ".bundle") writes the signed,
reproducible bundle the node loader applies instead of DIR, exactly as
policyc bundle: it needs --revision N and signs with --key.

--emit=ir prints the IR and --emit=asm the annotated listings to stdout
instead of writing DIR. --section-style=tc names the sections "tc" for
loaders without tcx support (libbpf < 1.3, tc filter ... bpf obj).

Exit status: 0 on success, 1 when a policy or the inventory has errors, 2 on
usage or I/O errors.`,
		Example: `  policyc build testdata/examples/starwars/sw_l3_l4_policy.yaml \
    --inventory testdata/examples/starwars/inventory.yaml -o out/
  policyc build policies/ --inventory inv.yaml --revision 42 --key ci-signing.key -o policy.bundle
  policyc build policies/ --inventory inv.yaml --emit=asm`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !cmd.Flags().Changed("emit") && strings.HasSuffix(out, ".bundle") {
				emit = "bundle"
			}
			if err := checkBuildFlags(emit, legacy, out, revision, keyPath); err != nil {
				return err
			}
			prog, err := compileInputs(s, args, cf)
			if err != nil {
				return err
			}
			if emit == "ir" {
				return prog.Print(s.out)
			}
			gen, err := codegen.Generate(prog, codegen.Options{LegacySections: legacy == "tc"})
			if err != nil {
				return &exitError{code: exitPolicy, err: fmt.Errorf("codegen: %w", err)}
			}
			if emit == "bundle" {
				return writeBundle(s, bundleRequest{prog: prog, gen: gen, inputs: append(slices.Clone(args), cf.inventories...),
					out: out, revision: revision, keyPath: keyPath})
			}
			if emit == "asm" {
				for i := range gen.Objects {
					if err := writeListing(s.out, &gen.Objects[i]); err != nil {
						return err
					}
				}
				return nil
			}
			m, err := writeObjects(out, prog, gen)
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			fmt.Fprintf(s.out, "wrote %d objects (%d programs) and manifest.json to %s\n",
				len(m.Subjects), 2*len(m.Subjects), out)
			return nil
		},
	}
	cf.register(cmd)
	cmd.Flags().StringVarP(&out, "output", "o", "", "output `DIR` (objects) or FILE (bundle)")
	cmd.Flags().StringVar(&emit, "emit", "obj", "what to produce: obj (files in DIR), bundle (FILE), ir or asm (stdout)")
	cmd.Flags().Uint64Var(&revision, "revision", 0, "bundle revision (monotonically increasing, >= 1; --emit=bundle)")
	cmd.Flags().StringVar(&keyPath, "key", "", "sign the bundle with this Ed25519 private key (PKCS#8 PEM; --emit=bundle)")
	cmd.Flags().StringVar(&legacy, "section-style", "tcx", "program section names: tcx (tcx/ingress, tcx/egress) or tc")
	return cmd
}

// checkBuildFlags refuses flag combinations build cannot honour.
func checkBuildFlags(emit, legacy, out string, revision uint64, keyPath string) error {
	usage := func(format string, a ...any) error {
		return &exitError{code: exitUsage, err: fmt.Errorf("build: "+format, a...)}
	}
	switch {
	case emit != "obj" && emit != "bundle" && emit != "ir" && emit != "asm":
		return usage("--emit must be obj, bundle, ir or asm, not %q", emit)
	case legacy != "tcx" && legacy != "tc":
		return usage("--section-style must be tcx or tc, not %q", legacy)
	case emit == "obj" && out == "":
		return usage("-o DIR is required")
	case emit == "bundle" && out == "":
		return usage("-o FILE is required for --emit=bundle")
	case emit == "bundle" && revision == 0:
		return usage("--revision N (N >= 1) is required for a bundle")
	case emit == "bundle" && legacy == "tc":
		return usage("--section-style=tc is for loaders without tcx; bundles are applied by policyc apply, which needs tcx sections")
	case emit != "bundle" && (revision != 0 || keyPath != ""):
		return usage("--revision and --key apply to bundles only (--emit=bundle or -o FILE.bundle)")
	}
	return nil
}

// writeListing prints the annotated disassembly of an object's programs.
func writeListing(w io.Writer, obj *codegen.Object) error {
	for _, p := range obj.Programs {
		if _, err := fmt.Fprintf(w, "== %s %s: %s policy of identity %d, section %s, enforced=%v, %s strategy, %d instructions\n%v\n",
			obj.Name, p.Name, p.Direction, p.Subject, p.Section, p.Enforced, p.Strategy, p.Instructions.Size()/8, p.Instructions); err != nil {
			return err
		}
	}
	return nil
}

// writeObjects writes the objects, listings and manifest into dir.
func writeObjects(dir string, prog *ir.Program, gen *codegen.Output) (*buildManifest, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	m := &buildManifest{Format: 1, Compiler: "policyc " + Version}
	for _, spec := range gen.Maps {
		m.Maps = append(m.Maps, manifestMap{Name: spec.Name, Type: spec.Type.String(), KeySize: spec.KeySize,
			ValueSize: spec.ValueSize, MaxEntries: spec.MaxEntries, Flags: spec.Flags, Pinning: pinning(spec.Pinning)})
	}
	for i := range gen.Objects {
		obj := &gen.Objects[i]
		data, err := obj.ELF(gen)
		if err != nil {
			return nil, err
		}
		name := obj.Name + ".o"
		if err := writeAtomic(filepath.Join(dir, name), data, 0o644); err != nil {
			return nil, err
		}
		var lst listingBuffer
		if err := writeListing(&lst, obj); err != nil {
			return nil, err
		}
		if err := writeAtomic(filepath.Join(dir, obj.Name+".lst"), lst.b, 0o644); err != nil {
			return nil, err
		}
		sum := sha256.Sum256(data)
		e := manifestEntry{Identity: obj.Subject, Object: name, SHA256: hex.EncodeToString(sum[:]), Listing: obj.Name + ".lst"}
		for _, ep := range prog.Endpoints {
			if ep.Identity == obj.Subject {
				e.Endpoints = append(e.Endpoints, ep.Name)
			}
		}
		for _, p := range obj.Programs {
			e.Programs = append(e.Programs, manifestProgram{Name: p.Name, Section: p.Section, Direction: p.Direction.String(),
				Attach: p.AttachType().String(), Enforced: p.Enforced, Strategy: p.Strategy.String(), Instructions: int(p.Instructions.Size() / 8)})
		}
		m.Subjects = append(m.Subjects, e)
	}
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	return m, writeAtomic(filepath.Join(dir, "manifest.json"), append(data, '\n'), 0o644)
}

type listingBuffer struct{ b []byte }

func (l *listingBuffer) Write(p []byte) (int, error) { l.b = append(l.b, p...); return len(p), nil }

func pinning(p ebpf.PinType) string {
	if p == ebpf.PinByName {
		return "by-name"
	}
	return "none"
}
