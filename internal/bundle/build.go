package bundle

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/policyc/policyc/ir"
)

// Input is what New packs into a bundle.
type Input struct {
	Revision       uint64
	Compiler       string
	Inputs         []Digest
	KernelFeatures []string
	// Objects maps archive paths ("objects/….o") to ELF bytes.
	Objects  map[string][]byte
	Programs []Program
	Maps     []MapSpec
	// Program is the compiled program; it becomes node.json (identity
	// table, ipcache seed, selector table, policies) and the l7/ files.
	Program *ir.Program
}

// New assembles a bundle from in; every list is sorted, so equal inputs give
// byte-identical archives. The result is unsigned.
func New(in Input) (*Bundle, error) {
	if in.Program == nil {
		return nil, fmt.Errorf("bundle: no program")
	}
	b := &Bundle{
		Manifest: Manifest{
			FormatVersion:  FormatVersion,
			Revision:       in.Revision,
			Compiler:       in.Compiler,
			Inputs:         slices.Clone(in.Inputs),
			KernelFeatures: slices.Clone(in.KernelFeatures),
			Programs:       slices.Clone(in.Programs),
			Maps:           slices.Clone(in.Maps),
		},
		Files: map[string][]byte{},
	}
	m := &b.Manifest
	slices.SortFunc(m.Inputs, func(a, c Digest) int { return cmp.Compare(a.Name, c.Name) })
	slices.Sort(m.KernelFeatures)
	m.KernelFeatures = slices.Compact(m.KernelFeatures)
	slices.SortFunc(m.Programs, func(a, c Program) int {
		return cmp.Or(cmp.Compare(a.Subject, c.Subject), cmp.Compare(a.Direction, c.Direction), cmp.Compare(a.Object, c.Object), cmp.Compare(a.Name, c.Name))
	})
	slices.SortFunc(m.Maps, func(a, c MapSpec) int { return cmp.Compare(a.Name, c.Name) })
	for p, data := range in.Objects {
		b.Files[p] = data
	}
	for _, p := range m.Programs {
		if _, ok := b.Files[p.Object]; !ok {
			return nil, fmt.Errorf("bundle: program %s refers to missing object %s", p.Name, p.Object)
		}
	}
	node, err := json.MarshalIndent(in.Program, "", " ")
	if err != nil {
		return nil, fmt.Errorf("bundle: encode node data: %w", err)
	}
	b.Files[NodeDataName] = append(node, '\n')
	l7, err := L7Files(in.Program)
	if err != nil {
		return nil, err
	}
	for p, data := range l7 {
		b.Files[p] = data
	}
	return b, nil
}

// L7Rule is one redirected entry, as the proxy on its port sees it.
type L7Rule struct {
	Subject   uint32          `json:"subject"`
	Direction string          `json:"direction"`
	Entry     uint32          `json:"entry"`
	Peer      string          `json:"peer"`
	Peers     []uint32        `json:"peerIdentities"`
	Proto     string          `json:"proto"`
	Ports     string          `json:"ports"`
	Parser    string          `json:"parser"`
	Rules     json.RawMessage `json:"rules"`
	Origins   []string        `json:"origins"`
}

// L7Port is the content of l7/PORT.json.
type L7Port struct {
	ProxyPort uint16   `json:"proxyPort"`
	Rules     []L7Rule `json:"rules"`
}

// L7Files returns l7/PORT.json for every proxy port the program redirects
// to: the L7 rules per port, in entry order, for the proxy.
func L7Files(p *ir.Program) (map[string][]byte, error) {
	ports := map[uint16]*L7Port{}
	for _, pol := range p.Policies {
		for _, e := range pol.Entries {
			if e.Verdict != ir.Redirect {
				continue
			}
			lp := ports[e.ProxyPort]
			if lp == nil {
				lp = &L7Port{ProxyPort: e.ProxyPort}
				ports[e.ProxyPort] = lp
			}
			r := L7Rule{Subject: uint32(pol.Subject), Direction: pol.Direction.String(), Entry: e.ID,
				Proto: ir.ProtoName(e.Proto), Ports: ir.FormatPort(e.Proto, e.PortLo, e.PortHi), Rules: json.RawMessage("null")}
			if int(e.Peer) < len(p.Selectors) {
				s := p.Selectors[e.Peer]
				r.Peer = s.Text
				for _, id := range s.Matches {
					r.Peers = append(r.Peers, uint32(id))
				}
			}
			if e.L7 != nil {
				r.Parser = e.L7.Parser
				if len(e.L7.Rules) > 0 {
					r.Rules = json.RawMessage(e.L7.Rules)
				}
			}
			for _, o := range e.Origins {
				r.Origins = append(r.Origins, o.String())
			}
			lp.Rules = append(lp.Rules, r)
		}
	}
	out := map[string][]byte{}
	for port, lp := range ports {
		slices.SortFunc(lp.Rules, func(a, c L7Rule) int { return cmp.Compare(a.Entry, c.Entry) })
		data, err := json.MarshalIndent(lp, "", "  ")
		if err != nil {
			return nil, fmt.Errorf("bundle: encode L7 rules for port %d: %w", port, err)
		}
		out["l7/"+strconv.Itoa(int(port))+".json"] = append(data, '\n')
	}
	return out, nil
}

// FileDigest returns the sha256 digest (hex) of data, for Input.Inputs.
func FileDigest(data []byte) string {
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}
