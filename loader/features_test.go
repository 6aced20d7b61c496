package loader

import (
	"strings"
	"testing"
)

// TestUnknownFeatureRefused: a bundle from a newer compiler that needs a
// feature this loader cannot check is refused by name (no kernel needed:
// unknown names are rejected before any probe).
func TestUnknownFeatureRefused(t *testing.T) {
	err := checkFeatures([]string{"tcx", "warp_drive"})
	if err == nil || !strings.Contains(err.Error(), `"warp_drive"`) {
		t.Fatalf("got %v, want a refusal naming warp_drive", err)
	}
}
