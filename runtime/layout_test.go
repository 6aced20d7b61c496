package runtime

import (
	"encoding/binary"
	"reflect"
	"testing"
	"unsafe"

	"github.com/cilium/ebpf/btf"

	"github.com/policyc/policyc/ir"
)

// Every key and value type must have explicit padding: then its Go size is
// its encoded size and unsafe.Offsetof gives the offsets the kernel sees.
func TestNoImplicitPadding(t *testing.T) {
	for _, v := range []any{IPv4Key{}, IPv6Key{}, LPMKey4{}, LPMKey6{}, IPCacheHeader{}, IdentityKey{},
		CTKey4{}, CTKey6{}, CTValue{}, Counter{}, Event{}, SkBuff{}, DecisionKey{}, DecisionValue{}, PortBlock{}} {
		if enc, mem := binary.Size(v), int(reflect.TypeOf(v).Size()); enc != mem {
			t.Errorf("%T: encoded size %d != memory size %d (implicit padding)", v, enc, mem)
		}
	}
}

// SkBuff must match the running kernel's struct __sk_buff (UAPI, so any
// kernel's BTF will do).
func TestSkBuffMatchesKernelBTF(t *testing.T) {
	spec, err := btf.LoadKernelSpec()
	if err != nil {
		t.Skipf("skipping: no kernel BTF (%v)", err)
	}
	var s *btf.Struct
	if err := spec.TypeByName("__sk_buff", &s); err != nil {
		t.Fatal(err)
	}
	goFields := map[string]string{
		"len": "Len", "pkt_type": "PktType", "mark": "Mark", "queue_mapping": "QueueMapping", "protocol": "Protocol",
		"vlan_present": "VlanPresent", "vlan_tci": "VlanTCI", "vlan_proto": "VlanProto", "priority": "Priority",
		"ingress_ifindex": "IngressIfindex", "ifindex": "Ifindex", "tc_index": "TCIndex", "cb": "CB", "hash": "Hash",
		"tc_classid": "TCClassid", "data": "Data", "data_end": "DataEnd", "napi_id": "NapiID", "family": "Family",
		"remote_ip4": "RemoteIP4", "local_ip4": "LocalIP4", "remote_ip6": "RemoteIP6", "local_ip6": "LocalIP6",
		"remote_port": "RemotePort", "local_port": "LocalPort", "data_meta": "DataMeta", "wire_len": "WireLen",
		"gso_segs": "GSOSegs", "gso_size": "GSOSize", "tstamp": "Tstamp", "tstamp_type": "TstampType", "hwtstamp": "HWTstamp",
	}
	typ := reflect.TypeOf(SkBuff{})
	checked := 0
	for _, m := range s.Members {
		name, ok := goFields[m.Name]
		if !ok {
			continue // anonymous unions (flow_keys, sk) and bitfield padding
		}
		f, ok := typ.FieldByName(name)
		if !ok {
			t.Fatalf("SkBuff has no field %s", name)
		}
		if uint32(f.Offset) != m.Offset.Bytes() {
			t.Errorf("__sk_buff.%s at %d, SkBuff.%s at %d", m.Name, m.Offset.Bytes(), name, f.Offset)
		}
		checked++
	}
	if checked < 25 {
		t.Errorf("only %d fields checked", checked)
	}
	if size, _ := btf.Sizeof(s); uintptr(size) != unsafe.Sizeof(SkBuff{}) {
		t.Errorf("__sk_buff is %d bytes, SkBuff %d", size, unsafe.Sizeof(SkBuff{}))
	}
}

// The mark follows Cilium's convention: 0x0200 | bpf_htons(port) << 16.
func TestProxyMark(t *testing.T) {
	for _, port := range []uint16{1, 80, 15001, 65535} {
		m := ProxyMark(port)
		var be [2]byte
		binary.BigEndian.PutUint16(be[:], port)
		// The upper half of the mark, read as host (little-endian) u16,
		// holds the port's network-order bytes.
		want := uint32(MarkMagicToProxy) | uint32(binary.LittleEndian.Uint16(be[:]))<<16
		if m != want {
			t.Errorf("ProxyMark(%d) = %#x, want %#x", port, m, want)
		}
		if got, ok := MarkProxyPort(m); !ok || got != port {
			t.Errorf("MarkProxyPort(%#x) = %d %v", m, got, ok)
		}
	}
	if _, ok := MarkProxyPort(0x0A00); ok {
		t.Error("a proxy-ingress mark is not a to-proxy mark")
	}
}

func TestMapSpecs(t *testing.T) {
	p := &ir.Program{DualStack: true}
	p.AddIPCache(mustPrefix("10.0.0.0/8"), ir.IdentityScopeLocal|1)
	p.AddIPCache(mustPrefix("fd00::1/128"), 256)
	l := LayoutOf(p, Sizes{})
	specs := l.MapSpecs()
	sizes := map[string][2]uintptr{
		MapIPCache4: {unsafe.Sizeof(IPv4Key{}), uintptr(4 * l.IPCacheValueWords())},
		MapIPCache6: {unsafe.Sizeof(IPv6Key{}), uintptr(4 * l.IPCacheValueWords())},
		MapPrefix4:  {unsafe.Sizeof(LPMKey4{}), uintptr(4 * l.IPCacheValueWords())},
		MapCT4:      {unsafe.Sizeof(CTKey4{}), unsafe.Sizeof(CTValue{})},
		MapCT6:      {unsafe.Sizeof(CTKey6{}), unsafe.Sizeof(CTValue{})},
	}
	seen := map[string]bool{}
	for i, s := range specs {
		seen[s.Name] = true
		if len(s.Name) > 15 {
			t.Errorf("map name %q longer than the kernel's 15 characters", s.Name)
		}
		if i > 0 && specs[i-1].Name >= s.Name {
			t.Errorf("specs not sorted at %s", s.Name)
		}
		if want, ok := sizes[s.Name]; ok && (uintptr(s.KeySize) != want[0] || uintptr(s.ValueSize) != want[1]) {
			t.Errorf("%s: key/value %d/%d, want %d/%d", s.Name, s.KeySize, s.ValueSize, want[0], want[1])
		}
	}
	for _, name := range []string{MapIPCache4, MapIPCache6, MapPrefix4, MapCT4, MapCT6, MapMembership, MapRules, MapStats, MapEvents} {
		if !seen[name] {
			t.Errorf("dual-stack layout with an IPv4 prefix lacks %s", name)
		}
	}
	if seen[MapPrefix6] {
		t.Error("layout has maps it does not need (IPv6 prefix trie)")
	}
}
