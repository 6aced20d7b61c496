package loader

import (
	"fmt"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/features"
)

// featureMaps maps the bundle's map-type kernel features to the map type
// to probe. "tcx" is not probed: without it the loader falls back to
// legacy tc (docs/loader.md).
func featureMaps() map[string]ebpf.MapType {
	return map[string]ebpf.MapType{
		"ringbuf":      ebpf.RingBuf,
		"lpm_trie":     ebpf.LPMTrie,
		"lru_hash":     ebpf.LRUHash,
		"percpu_array": ebpf.PerCPUArray,
	}
}

// checkFeatures refuses a bundle that needs a kernel feature this kernel
// lacks, or one this loader does not know (a newer compiler's bundle), so
// the failure names the feature instead of surfacing as a load error.
func checkFeatures(want []string) error {
	known := featureMaps()
	for _, f := range want {
		if f == "tcx" {
			continue
		}
		mt, ok := known[f]
		if !ok {
			return fmt.Errorf("bundle needs kernel feature %q, which this loader does not know; upgrade policyc on the node", f)
		}
		if err := features.HaveMapType(mt); err != nil {
			return fmt.Errorf("bundle needs kernel feature %q: %w", f, err)
		}
	}
	return nil
}
