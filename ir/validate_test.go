package ir

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestValidateCatchesBrokenPrograms(t *testing.T) {
	cases := map[string]func(p *Program){
		"duplicate ID":        func(p *Program) { p.Policies[0].Entries[1].ID = p.Policies[0].Entries[0].ID },
		"peer out of range":   func(p *Program) { p.Policies[0].Entries[0].Peer = 99 },
		"redirect no port":    func(p *Program) { p.Policies[0].Entries[1].ProxyPort = 0 },
		"allow with port":     func(p *Program) { p.Policies[0].Entries[0].ProxyPort = 1 },
		"any with ports":      func(p *Program) { p.Policies[0].Entries[0].PortHi = 80 },
		"no origin":           func(p *Program) { p.Policies[0].Entries[2].Origins = nil },
		"policies unsorted":   func(p *Program) { p.Policies[0], p.Policies[1] = p.Policies[1], p.Policies[0] },
		"identities unsorted": func(p *Program) { p.Identities[0], p.Identities[1] = p.Identities[1], p.Identities[0] },
	}
	for name, breakIt := range cases {
		p := testProgram()
		breakIt(p)
		if err := p.Validate(); err == nil {
			t.Errorf("%s: Validate accepted a broken program", name)
		} else if strings.TrimSpace(err.Error()) == "" {
			t.Errorf("%s: empty error", name)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	p := testProgram()
	b, err := p.MarshalJSONIndent()
	if err != nil {
		t.Fatal(err)
	}
	var back Program
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.String() != p.String() {
		t.Errorf("JSON round trip changed the program:\n%s\nvs\n%s", back.String(), p.String())
	}
}
