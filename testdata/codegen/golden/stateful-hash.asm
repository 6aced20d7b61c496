== subject-256 policy_ingress (section tcx/egress, enforced=false, 239 instructions)
	   ; ingress policy of identity 256 (enforced=false): parse Ethernet
	  0: MovReg dst: r6 src: r1
	  1: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	  2: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	  3: MovReg dst: r4 src: r2
	  4: AddImm dst: r4 imm: 14
	  5: JGTReg dst: r4 off: -1 src: r3 <malformed>
	  6: LdXMemH dst: r5 src: r2 off: 12 imm: 0
	  7: JNEImm dst: r5 off: -1 imm: 129 <l3>
	   ; 802.1Q tag
	  8: MovReg dst: r4 src: r2
	  9: AddImm dst: r4 imm: 18
	 10: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 11: LdXMemH dst: r5 src: r2 off: 16 imm: 0
l3:
	 12: JEqImm dst: r5 off: -1 imm: 8 <ipv4>
	 13: JEqImm dst: r5 off: -1 imm: 56710 <family>
	   ; not IP: pass
	 14: StMemW dst: rfp src: r0 off: -76 imm: 1
	 15: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 17: MovReg dst: r2 src: rfp
	 18: AddImm dst: r2 imm: -76
	 19: Call FnMapLookupElem
	 20: JEqImm dst: r0 off: -1 imm: 0 <count_done_1>
	 21: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 22: AddImm dst: r1 imm: 1
	 23: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 24: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 25: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 26: AddReg dst: r2 src: r1
	 27: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_1:
	 28: MovImm dst: r0 imm: 0
	 29: Exit
ipv4:
	   ; IPv4 header (options allowed, non-first fragments flagged)
	 30: MovReg dst: r0 src: r4
	 31: AddImm dst: r0 imm: 20
	 32: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 33: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 34: MovReg dst: r5 src: r1
	 35: AndImm dst: r5 imm: 240
	 36: JNEImm dst: r5 off: -1 imm: 64 <malformed>
	 37: AndImm dst: r1 imm: 15
	 38: JLTImm dst: r1 off: -1 imm: 5 <malformed>
	 39: LShImm dst: r1 imm: 2
	 40: MovImm dst: r7 imm: 0
	 41: LdXMemH dst: r5 src: r4 off: 6 imm: 0
	 42: SwapBE dst: r5 
	 43: AndImm dst: r5 imm: 8191
	 44: JEqImm dst: r5 off: -1 imm: 0 <v4_first>
	 45: MovImm dst: r7 imm: 768
v4_first:
	 46: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 47: StXMemW dst: rfp src: r5 off: -152 imm: 0
	 48: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 49: StXMemW dst: rfp src: r5 off: -148 imm: 0
	 50: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	 51: AddReg dst: r4 src: r1
l4_4:
	   ; transport header (IPv4)
	 52: OrReg dst: r7 src: r5
	 53: MovImm dst: r8 imm: 0
	 54: StMemW dst: rfp src: r0 off: -144 imm: 0
	 55: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	 56: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	 57: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	 58: Ja off: -1 <l4done_4>
tcp_4:
	 59: MovReg dst: r0 src: r4
	 60: AddImm dst: r0 imm: 20
	 61: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 62: Ja off: -1 <ports_4>
udp_4:
	 63: MovReg dst: r0 src: r4
	 64: AddImm dst: r0 imm: 8
	 65: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 66: Ja off: -1 <ports_4>
ports_4:
	 67: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 68: StXMemW dst: rfp src: r1 off: -144 imm: 0
	 69: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 70: SwapBE dst: r8 
	 71: Ja off: -1 <l4done_4>
l4done_4:
	 72: StXMemB dst: rfp src: r5 off: -140 imm: 0
	 73: StMemB dst: rfp src: r0 off: -139 imm: 0
	 74: StMemH dst: rfp src: r0 off: -138 imm: 0
	 75: StMemW dst: rfp src: r0 off: -136 imm: 256
	 76: StMemB dst: rfp src: r0 off: -72 imm: 4
	   ; conntrack: established and reply packets pass without policy
	 77: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 78: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 80: MovReg dst: r2 src: rfp
	 81: AddImm dst: r2 imm: -152
	 82: Call FnMapLookupElem
	 83: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	 84: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 85: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 86: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 87: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 88: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 89: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 90: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 91: StXMemH dst: rfp src: r1 off: -142 imm: 0
	 92: StMemB dst: rfp src: r0 off: -139 imm: 1
	 93: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 95: MovReg dst: r2 src: rfp
	 96: AddImm dst: r2 imm: -152
	 97: Call FnMapLookupElem
	 98: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	 99: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	100: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	101: StXMemW dst: rfp src: r2 off: -152 imm: 0
	102: StXMemW dst: rfp src: r1 off: -148 imm: 0
	103: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	104: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	105: StXMemH dst: rfp src: r2 off: -144 imm: 0
	106: StXMemH dst: rfp src: r1 off: -142 imm: 0
	107: StMemB dst: rfp src: r0 off: -139 imm: 0
ct_skip_2:
	108: StMemW dst: rfp src: r0 off: -80 imm: 0
	109: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	110: StMemW dst: rfp src: r0 off: -76 imm: 3
	111: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	113: MovReg dst: r2 src: rfp
	114: AddImm dst: r2 imm: -76
	115: Call FnMapLookupElem
	116: JEqImm dst: r0 off: -1 imm: 0 <count_done_3>
	117: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	118: AddImm dst: r1 imm: 1
	119: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	120: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	121: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	122: AddReg dst: r2 src: r1
	123: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_3:
	124: MovImm dst: r0 imm: 0
	125: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	126: StMemW dst: rfp src: r0 off: -76 imm: 4
	127: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	129: MovReg dst: r2 src: rfp
	130: AddImm dst: r2 imm: -76
	131: Call FnMapLookupElem
	132: JEqImm dst: r0 off: -1 imm: 0 <count_done_4>
	133: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	134: AddImm dst: r1 imm: 1
	135: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	136: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	137: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	138: AddReg dst: r2 src: r1
	139: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_4:
	140: MovImm dst: r0 imm: 0
	141: Exit
default:
	   ; no entry matches: allow (enforced=false)
	142: MovImm dst: r8 imm: 0
	143: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	144: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	145: XorReg dst: r8 src: r1
	146: XorReg dst: r8 src: r1
	147: StXMemW dst: rfp src: r8 off: -76 imm: 0
	148: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	150: MovReg dst: r2 src: rfp
	151: AddImm dst: r2 imm: -76
	152: Call FnMapLookupElem
	153: JEqImm dst: r0 off: -1 imm: 0 <count_done_5>
	154: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	155: AddImm dst: r1 imm: 1
	156: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	157: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	158: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	159: AddReg dst: r2 src: r1
	160: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_5:
	161: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_6>
	162: StXMemW dst: rfp src: r8 off: -108 imm: 0
	163: StMemH dst: rfp src: r0 off: -104 imm: 0
	164: StMemB dst: rfp src: r0 off: -102 imm: 1
	165: StMemB dst: rfp src: r0 off: -101 imm: 0
	166: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	168: MovReg dst: r2 src: rfp
	169: AddImm dst: r2 imm: -152
	170: MovReg dst: r3 src: rfp
	171: AddImm dst: r3 imm: -108
	172: MovImm dst: r4 imm: 0
	173: Call FnMapUpdateElem
ct_norecord_6:
	174: StMemW dst: rfp src: r0 off: -60 imm: 256
	175: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	176: StXMemW dst: rfp src: r1 off: -64 imm: 0
	177: StXMemW dst: rfp src: r8 off: -56 imm: 0
	178: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	179: StXMemW dst: rfp src: r1 off: -52 imm: 0
	180: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	181: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	182: LShImm dst: r2 imm: 24
	183: OrReg dst: r1 src: r2
	184: OrImm dst: r1 imm: 256
	185: StXMemW dst: rfp src: r1 off: -48 imm: 0
	186: StMemW dst: rfp src: r0 off: -44 imm: 0
	187: StMemW dst: rfp src: r0 off: -40 imm: 0
	188: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	189: StXMemW dst: rfp src: r1 off: -36 imm: 0
	190: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	191: StXMemW dst: rfp src: r1 off: -20 imm: 0
	192: StMemW dst: rfp src: r0 off: -32 imm: 0
	193: StMemW dst: rfp src: r0 off: -16 imm: 0
	194: StMemW dst: rfp src: r0 off: -28 imm: 0
	195: StMemW dst: rfp src: r0 off: -12 imm: 0
	196: StMemW dst: rfp src: r0 off: -24 imm: 0
	197: StMemW dst: rfp src: r0 off: -8 imm: 0
	198: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	200: MovReg dst: r2 src: rfp
	201: AddImm dst: r2 imm: -64
	202: MovImm dst: r3 imm: 60
	203: MovImm dst: r4 imm: 0
	204: Call FnRingbufOutput
	205: MovImm dst: r0 imm: 0
	206: Exit
malformed:
	   ; truncated or malformed header: drop
	207: StMemW dst: rfp src: r0 off: -76 imm: 2
	208: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	210: MovReg dst: r2 src: rfp
	211: AddImm dst: r2 imm: -76
	212: Call FnMapLookupElem
	213: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	214: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	215: AddImm dst: r1 imm: 1
	216: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	217: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	218: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	219: AddReg dst: r2 src: r1
	220: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	221: MovImm dst: r0 imm: 2
	222: Exit
family:
	   ; IP family without addresses in this cluster: pass (not enforced)
	223: StMemW dst: rfp src: r0 off: -76 imm: 5
	224: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	226: MovReg dst: r2 src: rfp
	227: AddImm dst: r2 imm: -76
	228: Call FnMapLookupElem
	229: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	230: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	231: AddImm dst: r1 imm: 1
	232: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	233: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	234: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	235: AddReg dst: r2 src: r1
	236: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	237: MovImm dst: r0 imm: 0
	238: Exit

== subject-256 policy_egress (section tcx/ingress, enforced=false, 239 instructions)
	   ; egress policy of identity 256 (enforced=false): parse Ethernet
	  0: MovReg dst: r6 src: r1
	  1: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	  2: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	  3: MovReg dst: r4 src: r2
	  4: AddImm dst: r4 imm: 14
	  5: JGTReg dst: r4 off: -1 src: r3 <malformed>
	  6: LdXMemH dst: r5 src: r2 off: 12 imm: 0
	  7: JNEImm dst: r5 off: -1 imm: 129 <l3>
	   ; 802.1Q tag
	  8: MovReg dst: r4 src: r2
	  9: AddImm dst: r4 imm: 18
	 10: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 11: LdXMemH dst: r5 src: r2 off: 16 imm: 0
l3:
	 12: JEqImm dst: r5 off: -1 imm: 8 <ipv4>
	 13: JEqImm dst: r5 off: -1 imm: 56710 <family>
	   ; not IP: pass
	 14: StMemW dst: rfp src: r0 off: -76 imm: 1
	 15: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 17: MovReg dst: r2 src: rfp
	 18: AddImm dst: r2 imm: -76
	 19: Call FnMapLookupElem
	 20: JEqImm dst: r0 off: -1 imm: 0 <count_done_1>
	 21: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 22: AddImm dst: r1 imm: 1
	 23: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 24: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 25: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 26: AddReg dst: r2 src: r1
	 27: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_1:
	 28: MovImm dst: r0 imm: 0
	 29: Exit
ipv4:
	   ; IPv4 header (options allowed, non-first fragments flagged)
	 30: MovReg dst: r0 src: r4
	 31: AddImm dst: r0 imm: 20
	 32: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 33: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 34: MovReg dst: r5 src: r1
	 35: AndImm dst: r5 imm: 240
	 36: JNEImm dst: r5 off: -1 imm: 64 <malformed>
	 37: AndImm dst: r1 imm: 15
	 38: JLTImm dst: r1 off: -1 imm: 5 <malformed>
	 39: LShImm dst: r1 imm: 2
	 40: MovImm dst: r7 imm: 0
	 41: LdXMemH dst: r5 src: r4 off: 6 imm: 0
	 42: SwapBE dst: r5 
	 43: AndImm dst: r5 imm: 8191
	 44: JEqImm dst: r5 off: -1 imm: 0 <v4_first>
	 45: MovImm dst: r7 imm: 768
v4_first:
	 46: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 47: StXMemW dst: rfp src: r5 off: -152 imm: 0
	 48: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 49: StXMemW dst: rfp src: r5 off: -148 imm: 0
	 50: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	 51: AddReg dst: r4 src: r1
l4_4:
	   ; transport header (IPv4)
	 52: OrReg dst: r7 src: r5
	 53: MovImm dst: r8 imm: 0
	 54: StMemW dst: rfp src: r0 off: -144 imm: 0
	 55: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	 56: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	 57: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	 58: Ja off: -1 <l4done_4>
tcp_4:
	 59: MovReg dst: r0 src: r4
	 60: AddImm dst: r0 imm: 20
	 61: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 62: Ja off: -1 <ports_4>
udp_4:
	 63: MovReg dst: r0 src: r4
	 64: AddImm dst: r0 imm: 8
	 65: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 66: Ja off: -1 <ports_4>
ports_4:
	 67: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 68: StXMemW dst: rfp src: r1 off: -144 imm: 0
	 69: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 70: SwapBE dst: r8 
	 71: Ja off: -1 <l4done_4>
l4done_4:
	 72: StXMemB dst: rfp src: r5 off: -140 imm: 0
	 73: StMemB dst: rfp src: r0 off: -139 imm: 1
	 74: StMemH dst: rfp src: r0 off: -138 imm: 0
	 75: StMemW dst: rfp src: r0 off: -136 imm: 256
	 76: StMemB dst: rfp src: r0 off: -72 imm: 4
	   ; conntrack: established and reply packets pass without policy
	 77: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 78: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 80: MovReg dst: r2 src: rfp
	 81: AddImm dst: r2 imm: -152
	 82: Call FnMapLookupElem
	 83: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	 84: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 85: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 86: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 87: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 88: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 89: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 90: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 91: StXMemH dst: rfp src: r1 off: -142 imm: 0
	 92: StMemB dst: rfp src: r0 off: -139 imm: 0
	 93: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 95: MovReg dst: r2 src: rfp
	 96: AddImm dst: r2 imm: -152
	 97: Call FnMapLookupElem
	 98: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	 99: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	100: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	101: StXMemW dst: rfp src: r2 off: -152 imm: 0
	102: StXMemW dst: rfp src: r1 off: -148 imm: 0
	103: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	104: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	105: StXMemH dst: rfp src: r2 off: -144 imm: 0
	106: StXMemH dst: rfp src: r1 off: -142 imm: 0
	107: StMemB dst: rfp src: r0 off: -139 imm: 1
ct_skip_2:
	108: StMemW dst: rfp src: r0 off: -80 imm: 0
	109: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	110: StMemW dst: rfp src: r0 off: -76 imm: 3
	111: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	113: MovReg dst: r2 src: rfp
	114: AddImm dst: r2 imm: -76
	115: Call FnMapLookupElem
	116: JEqImm dst: r0 off: -1 imm: 0 <count_done_3>
	117: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	118: AddImm dst: r1 imm: 1
	119: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	120: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	121: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	122: AddReg dst: r2 src: r1
	123: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_3:
	124: MovImm dst: r0 imm: 0
	125: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	126: StMemW dst: rfp src: r0 off: -76 imm: 4
	127: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	129: MovReg dst: r2 src: rfp
	130: AddImm dst: r2 imm: -76
	131: Call FnMapLookupElem
	132: JEqImm dst: r0 off: -1 imm: 0 <count_done_4>
	133: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	134: AddImm dst: r1 imm: 1
	135: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	136: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	137: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	138: AddReg dst: r2 src: r1
	139: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_4:
	140: MovImm dst: r0 imm: 0
	141: Exit
default:
	   ; no entry matches: allow (enforced=false)
	142: MovImm dst: r8 imm: 0
	143: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	144: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	145: XorReg dst: r8 src: r1
	146: XorReg dst: r8 src: r1
	147: StXMemW dst: rfp src: r8 off: -76 imm: 0
	148: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	150: MovReg dst: r2 src: rfp
	151: AddImm dst: r2 imm: -76
	152: Call FnMapLookupElem
	153: JEqImm dst: r0 off: -1 imm: 0 <count_done_5>
	154: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	155: AddImm dst: r1 imm: 1
	156: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	157: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	158: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	159: AddReg dst: r2 src: r1
	160: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_5:
	161: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_6>
	162: StXMemW dst: rfp src: r8 off: -108 imm: 0
	163: StMemH dst: rfp src: r0 off: -104 imm: 0
	164: StMemB dst: rfp src: r0 off: -102 imm: 1
	165: StMemB dst: rfp src: r0 off: -101 imm: 0
	166: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	168: MovReg dst: r2 src: rfp
	169: AddImm dst: r2 imm: -152
	170: MovReg dst: r3 src: rfp
	171: AddImm dst: r3 imm: -108
	172: MovImm dst: r4 imm: 0
	173: Call FnMapUpdateElem
ct_norecord_6:
	174: StMemW dst: rfp src: r0 off: -64 imm: 256
	175: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	176: StXMemW dst: rfp src: r1 off: -60 imm: 0
	177: StXMemW dst: rfp src: r8 off: -56 imm: 0
	178: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	179: StXMemW dst: rfp src: r1 off: -52 imm: 0
	180: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	181: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	182: LShImm dst: r2 imm: 24
	183: OrReg dst: r1 src: r2
	184: OrImm dst: r1 imm: 65792
	185: StXMemW dst: rfp src: r1 off: -48 imm: 0
	186: StMemW dst: rfp src: r0 off: -44 imm: 0
	187: StMemW dst: rfp src: r0 off: -40 imm: 0
	188: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	189: StXMemW dst: rfp src: r1 off: -36 imm: 0
	190: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	191: StXMemW dst: rfp src: r1 off: -20 imm: 0
	192: StMemW dst: rfp src: r0 off: -32 imm: 0
	193: StMemW dst: rfp src: r0 off: -16 imm: 0
	194: StMemW dst: rfp src: r0 off: -28 imm: 0
	195: StMemW dst: rfp src: r0 off: -12 imm: 0
	196: StMemW dst: rfp src: r0 off: -24 imm: 0
	197: StMemW dst: rfp src: r0 off: -8 imm: 0
	198: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	200: MovReg dst: r2 src: rfp
	201: AddImm dst: r2 imm: -64
	202: MovImm dst: r3 imm: 60
	203: MovImm dst: r4 imm: 0
	204: Call FnRingbufOutput
	205: MovImm dst: r0 imm: 0
	206: Exit
malformed:
	   ; truncated or malformed header: drop
	207: StMemW dst: rfp src: r0 off: -76 imm: 2
	208: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	210: MovReg dst: r2 src: rfp
	211: AddImm dst: r2 imm: -76
	212: Call FnMapLookupElem
	213: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	214: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	215: AddImm dst: r1 imm: 1
	216: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	217: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	218: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	219: AddReg dst: r2 src: r1
	220: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	221: MovImm dst: r0 imm: 2
	222: Exit
family:
	   ; IP family without addresses in this cluster: pass (not enforced)
	223: StMemW dst: rfp src: r0 off: -76 imm: 5
	224: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	226: MovReg dst: r2 src: rfp
	227: AddImm dst: r2 imm: -76
	228: Call FnMapLookupElem
	229: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	230: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	231: AddImm dst: r1 imm: 1
	232: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	233: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	234: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	235: AddReg dst: r2 src: r1
	236: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	237: MovImm dst: r0 imm: 0
	238: Exit

== subject-257 policy_ingress (section tcx/egress, enforced=false, 239 instructions)
	   ; ingress policy of identity 257 (enforced=false): parse Ethernet
	  0: MovReg dst: r6 src: r1
	  1: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	  2: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	  3: MovReg dst: r4 src: r2
	  4: AddImm dst: r4 imm: 14
	  5: JGTReg dst: r4 off: -1 src: r3 <malformed>
	  6: LdXMemH dst: r5 src: r2 off: 12 imm: 0
	  7: JNEImm dst: r5 off: -1 imm: 129 <l3>
	   ; 802.1Q tag
	  8: MovReg dst: r4 src: r2
	  9: AddImm dst: r4 imm: 18
	 10: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 11: LdXMemH dst: r5 src: r2 off: 16 imm: 0
l3:
	 12: JEqImm dst: r5 off: -1 imm: 8 <ipv4>
	 13: JEqImm dst: r5 off: -1 imm: 56710 <family>
	   ; not IP: pass
	 14: StMemW dst: rfp src: r0 off: -76 imm: 1
	 15: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 17: MovReg dst: r2 src: rfp
	 18: AddImm dst: r2 imm: -76
	 19: Call FnMapLookupElem
	 20: JEqImm dst: r0 off: -1 imm: 0 <count_done_1>
	 21: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 22: AddImm dst: r1 imm: 1
	 23: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 24: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 25: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 26: AddReg dst: r2 src: r1
	 27: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_1:
	 28: MovImm dst: r0 imm: 0
	 29: Exit
ipv4:
	   ; IPv4 header (options allowed, non-first fragments flagged)
	 30: MovReg dst: r0 src: r4
	 31: AddImm dst: r0 imm: 20
	 32: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 33: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 34: MovReg dst: r5 src: r1
	 35: AndImm dst: r5 imm: 240
	 36: JNEImm dst: r5 off: -1 imm: 64 <malformed>
	 37: AndImm dst: r1 imm: 15
	 38: JLTImm dst: r1 off: -1 imm: 5 <malformed>
	 39: LShImm dst: r1 imm: 2
	 40: MovImm dst: r7 imm: 0
	 41: LdXMemH dst: r5 src: r4 off: 6 imm: 0
	 42: SwapBE dst: r5 
	 43: AndImm dst: r5 imm: 8191
	 44: JEqImm dst: r5 off: -1 imm: 0 <v4_first>
	 45: MovImm dst: r7 imm: 768
v4_first:
	 46: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 47: StXMemW dst: rfp src: r5 off: -152 imm: 0
	 48: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 49: StXMemW dst: rfp src: r5 off: -148 imm: 0
	 50: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	 51: AddReg dst: r4 src: r1
l4_4:
	   ; transport header (IPv4)
	 52: OrReg dst: r7 src: r5
	 53: MovImm dst: r8 imm: 0
	 54: StMemW dst: rfp src: r0 off: -144 imm: 0
	 55: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	 56: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	 57: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	 58: Ja off: -1 <l4done_4>
tcp_4:
	 59: MovReg dst: r0 src: r4
	 60: AddImm dst: r0 imm: 20
	 61: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 62: Ja off: -1 <ports_4>
udp_4:
	 63: MovReg dst: r0 src: r4
	 64: AddImm dst: r0 imm: 8
	 65: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 66: Ja off: -1 <ports_4>
ports_4:
	 67: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 68: StXMemW dst: rfp src: r1 off: -144 imm: 0
	 69: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 70: SwapBE dst: r8 
	 71: Ja off: -1 <l4done_4>
l4done_4:
	 72: StXMemB dst: rfp src: r5 off: -140 imm: 0
	 73: StMemB dst: rfp src: r0 off: -139 imm: 0
	 74: StMemH dst: rfp src: r0 off: -138 imm: 0
	 75: StMemW dst: rfp src: r0 off: -136 imm: 257
	 76: StMemB dst: rfp src: r0 off: -72 imm: 4
	   ; conntrack: established and reply packets pass without policy
	 77: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 78: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 80: MovReg dst: r2 src: rfp
	 81: AddImm dst: r2 imm: -152
	 82: Call FnMapLookupElem
	 83: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	 84: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 85: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 86: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 87: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 88: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 89: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 90: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 91: StXMemH dst: rfp src: r1 off: -142 imm: 0
	 92: StMemB dst: rfp src: r0 off: -139 imm: 1
	 93: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 95: MovReg dst: r2 src: rfp
	 96: AddImm dst: r2 imm: -152
	 97: Call FnMapLookupElem
	 98: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	 99: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	100: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	101: StXMemW dst: rfp src: r2 off: -152 imm: 0
	102: StXMemW dst: rfp src: r1 off: -148 imm: 0
	103: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	104: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	105: StXMemH dst: rfp src: r2 off: -144 imm: 0
	106: StXMemH dst: rfp src: r1 off: -142 imm: 0
	107: StMemB dst: rfp src: r0 off: -139 imm: 0
ct_skip_2:
	108: StMemW dst: rfp src: r0 off: -80 imm: 0
	109: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	110: StMemW dst: rfp src: r0 off: -76 imm: 3
	111: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	113: MovReg dst: r2 src: rfp
	114: AddImm dst: r2 imm: -76
	115: Call FnMapLookupElem
	116: JEqImm dst: r0 off: -1 imm: 0 <count_done_3>
	117: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	118: AddImm dst: r1 imm: 1
	119: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	120: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	121: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	122: AddReg dst: r2 src: r1
	123: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_3:
	124: MovImm dst: r0 imm: 0
	125: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	126: StMemW dst: rfp src: r0 off: -76 imm: 4
	127: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	129: MovReg dst: r2 src: rfp
	130: AddImm dst: r2 imm: -76
	131: Call FnMapLookupElem
	132: JEqImm dst: r0 off: -1 imm: 0 <count_done_4>
	133: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	134: AddImm dst: r1 imm: 1
	135: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	136: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	137: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	138: AddReg dst: r2 src: r1
	139: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_4:
	140: MovImm dst: r0 imm: 0
	141: Exit
default:
	   ; no entry matches: allow (enforced=false)
	142: MovImm dst: r8 imm: 0
	143: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	144: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	145: XorReg dst: r8 src: r1
	146: XorReg dst: r8 src: r1
	147: StXMemW dst: rfp src: r8 off: -76 imm: 0
	148: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	150: MovReg dst: r2 src: rfp
	151: AddImm dst: r2 imm: -76
	152: Call FnMapLookupElem
	153: JEqImm dst: r0 off: -1 imm: 0 <count_done_5>
	154: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	155: AddImm dst: r1 imm: 1
	156: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	157: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	158: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	159: AddReg dst: r2 src: r1
	160: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_5:
	161: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_6>
	162: StXMemW dst: rfp src: r8 off: -108 imm: 0
	163: StMemH dst: rfp src: r0 off: -104 imm: 0
	164: StMemB dst: rfp src: r0 off: -102 imm: 1
	165: StMemB dst: rfp src: r0 off: -101 imm: 0
	166: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	168: MovReg dst: r2 src: rfp
	169: AddImm dst: r2 imm: -152
	170: MovReg dst: r3 src: rfp
	171: AddImm dst: r3 imm: -108
	172: MovImm dst: r4 imm: 0
	173: Call FnMapUpdateElem
ct_norecord_6:
	174: StMemW dst: rfp src: r0 off: -60 imm: 257
	175: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	176: StXMemW dst: rfp src: r1 off: -64 imm: 0
	177: StXMemW dst: rfp src: r8 off: -56 imm: 0
	178: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	179: StXMemW dst: rfp src: r1 off: -52 imm: 0
	180: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	181: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	182: LShImm dst: r2 imm: 24
	183: OrReg dst: r1 src: r2
	184: OrImm dst: r1 imm: 256
	185: StXMemW dst: rfp src: r1 off: -48 imm: 0
	186: StMemW dst: rfp src: r0 off: -44 imm: 0
	187: StMemW dst: rfp src: r0 off: -40 imm: 0
	188: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	189: StXMemW dst: rfp src: r1 off: -36 imm: 0
	190: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	191: StXMemW dst: rfp src: r1 off: -20 imm: 0
	192: StMemW dst: rfp src: r0 off: -32 imm: 0
	193: StMemW dst: rfp src: r0 off: -16 imm: 0
	194: StMemW dst: rfp src: r0 off: -28 imm: 0
	195: StMemW dst: rfp src: r0 off: -12 imm: 0
	196: StMemW dst: rfp src: r0 off: -24 imm: 0
	197: StMemW dst: rfp src: r0 off: -8 imm: 0
	198: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	200: MovReg dst: r2 src: rfp
	201: AddImm dst: r2 imm: -64
	202: MovImm dst: r3 imm: 60
	203: MovImm dst: r4 imm: 0
	204: Call FnRingbufOutput
	205: MovImm dst: r0 imm: 0
	206: Exit
malformed:
	   ; truncated or malformed header: drop
	207: StMemW dst: rfp src: r0 off: -76 imm: 2
	208: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	210: MovReg dst: r2 src: rfp
	211: AddImm dst: r2 imm: -76
	212: Call FnMapLookupElem
	213: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	214: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	215: AddImm dst: r1 imm: 1
	216: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	217: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	218: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	219: AddReg dst: r2 src: r1
	220: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	221: MovImm dst: r0 imm: 2
	222: Exit
family:
	   ; IP family without addresses in this cluster: pass (not enforced)
	223: StMemW dst: rfp src: r0 off: -76 imm: 5
	224: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	226: MovReg dst: r2 src: rfp
	227: AddImm dst: r2 imm: -76
	228: Call FnMapLookupElem
	229: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	230: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	231: AddImm dst: r1 imm: 1
	232: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	233: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	234: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	235: AddReg dst: r2 src: r1
	236: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	237: MovImm dst: r0 imm: 0
	238: Exit

== subject-257 policy_egress (section tcx/ingress, enforced=false, 239 instructions)
	   ; egress policy of identity 257 (enforced=false): parse Ethernet
	  0: MovReg dst: r6 src: r1
	  1: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	  2: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	  3: MovReg dst: r4 src: r2
	  4: AddImm dst: r4 imm: 14
	  5: JGTReg dst: r4 off: -1 src: r3 <malformed>
	  6: LdXMemH dst: r5 src: r2 off: 12 imm: 0
	  7: JNEImm dst: r5 off: -1 imm: 129 <l3>
	   ; 802.1Q tag
	  8: MovReg dst: r4 src: r2
	  9: AddImm dst: r4 imm: 18
	 10: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 11: LdXMemH dst: r5 src: r2 off: 16 imm: 0
l3:
	 12: JEqImm dst: r5 off: -1 imm: 8 <ipv4>
	 13: JEqImm dst: r5 off: -1 imm: 56710 <family>
	   ; not IP: pass
	 14: StMemW dst: rfp src: r0 off: -76 imm: 1
	 15: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 17: MovReg dst: r2 src: rfp
	 18: AddImm dst: r2 imm: -76
	 19: Call FnMapLookupElem
	 20: JEqImm dst: r0 off: -1 imm: 0 <count_done_1>
	 21: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 22: AddImm dst: r1 imm: 1
	 23: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 24: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 25: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 26: AddReg dst: r2 src: r1
	 27: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_1:
	 28: MovImm dst: r0 imm: 0
	 29: Exit
ipv4:
	   ; IPv4 header (options allowed, non-first fragments flagged)
	 30: MovReg dst: r0 src: r4
	 31: AddImm dst: r0 imm: 20
	 32: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 33: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 34: MovReg dst: r5 src: r1
	 35: AndImm dst: r5 imm: 240
	 36: JNEImm dst: r5 off: -1 imm: 64 <malformed>
	 37: AndImm dst: r1 imm: 15
	 38: JLTImm dst: r1 off: -1 imm: 5 <malformed>
	 39: LShImm dst: r1 imm: 2
	 40: MovImm dst: r7 imm: 0
	 41: LdXMemH dst: r5 src: r4 off: 6 imm: 0
	 42: SwapBE dst: r5 
	 43: AndImm dst: r5 imm: 8191
	 44: JEqImm dst: r5 off: -1 imm: 0 <v4_first>
	 45: MovImm dst: r7 imm: 768
v4_first:
	 46: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 47: StXMemW dst: rfp src: r5 off: -152 imm: 0
	 48: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 49: StXMemW dst: rfp src: r5 off: -148 imm: 0
	 50: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	 51: AddReg dst: r4 src: r1
l4_4:
	   ; transport header (IPv4)
	 52: OrReg dst: r7 src: r5
	 53: MovImm dst: r8 imm: 0
	 54: StMemW dst: rfp src: r0 off: -144 imm: 0
	 55: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	 56: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	 57: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	 58: Ja off: -1 <l4done_4>
tcp_4:
	 59: MovReg dst: r0 src: r4
	 60: AddImm dst: r0 imm: 20
	 61: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 62: Ja off: -1 <ports_4>
udp_4:
	 63: MovReg dst: r0 src: r4
	 64: AddImm dst: r0 imm: 8
	 65: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 66: Ja off: -1 <ports_4>
ports_4:
	 67: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 68: StXMemW dst: rfp src: r1 off: -144 imm: 0
	 69: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 70: SwapBE dst: r8 
	 71: Ja off: -1 <l4done_4>
l4done_4:
	 72: StXMemB dst: rfp src: r5 off: -140 imm: 0
	 73: StMemB dst: rfp src: r0 off: -139 imm: 1
	 74: StMemH dst: rfp src: r0 off: -138 imm: 0
	 75: StMemW dst: rfp src: r0 off: -136 imm: 257
	 76: StMemB dst: rfp src: r0 off: -72 imm: 4
	   ; conntrack: established and reply packets pass without policy
	 77: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 78: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 80: MovReg dst: r2 src: rfp
	 81: AddImm dst: r2 imm: -152
	 82: Call FnMapLookupElem
	 83: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	 84: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 85: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 86: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 87: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 88: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 89: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 90: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 91: StXMemH dst: rfp src: r1 off: -142 imm: 0
	 92: StMemB dst: rfp src: r0 off: -139 imm: 0
	 93: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 95: MovReg dst: r2 src: rfp
	 96: AddImm dst: r2 imm: -152
	 97: Call FnMapLookupElem
	 98: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	 99: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	100: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	101: StXMemW dst: rfp src: r2 off: -152 imm: 0
	102: StXMemW dst: rfp src: r1 off: -148 imm: 0
	103: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	104: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	105: StXMemH dst: rfp src: r2 off: -144 imm: 0
	106: StXMemH dst: rfp src: r1 off: -142 imm: 0
	107: StMemB dst: rfp src: r0 off: -139 imm: 1
ct_skip_2:
	108: StMemW dst: rfp src: r0 off: -80 imm: 0
	109: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	110: StMemW dst: rfp src: r0 off: -76 imm: 3
	111: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	113: MovReg dst: r2 src: rfp
	114: AddImm dst: r2 imm: -76
	115: Call FnMapLookupElem
	116: JEqImm dst: r0 off: -1 imm: 0 <count_done_3>
	117: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	118: AddImm dst: r1 imm: 1
	119: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	120: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	121: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	122: AddReg dst: r2 src: r1
	123: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_3:
	124: MovImm dst: r0 imm: 0
	125: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	126: StMemW dst: rfp src: r0 off: -76 imm: 4
	127: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	129: MovReg dst: r2 src: rfp
	130: AddImm dst: r2 imm: -76
	131: Call FnMapLookupElem
	132: JEqImm dst: r0 off: -1 imm: 0 <count_done_4>
	133: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	134: AddImm dst: r1 imm: 1
	135: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	136: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	137: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	138: AddReg dst: r2 src: r1
	139: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_4:
	140: MovImm dst: r0 imm: 0
	141: Exit
default:
	   ; no entry matches: allow (enforced=false)
	142: MovImm dst: r8 imm: 0
	143: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	144: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	145: XorReg dst: r8 src: r1
	146: XorReg dst: r8 src: r1
	147: StXMemW dst: rfp src: r8 off: -76 imm: 0
	148: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	150: MovReg dst: r2 src: rfp
	151: AddImm dst: r2 imm: -76
	152: Call FnMapLookupElem
	153: JEqImm dst: r0 off: -1 imm: 0 <count_done_5>
	154: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	155: AddImm dst: r1 imm: 1
	156: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	157: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	158: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	159: AddReg dst: r2 src: r1
	160: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_5:
	161: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_6>
	162: StXMemW dst: rfp src: r8 off: -108 imm: 0
	163: StMemH dst: rfp src: r0 off: -104 imm: 0
	164: StMemB dst: rfp src: r0 off: -102 imm: 1
	165: StMemB dst: rfp src: r0 off: -101 imm: 0
	166: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	168: MovReg dst: r2 src: rfp
	169: AddImm dst: r2 imm: -152
	170: MovReg dst: r3 src: rfp
	171: AddImm dst: r3 imm: -108
	172: MovImm dst: r4 imm: 0
	173: Call FnMapUpdateElem
ct_norecord_6:
	174: StMemW dst: rfp src: r0 off: -64 imm: 257
	175: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	176: StXMemW dst: rfp src: r1 off: -60 imm: 0
	177: StXMemW dst: rfp src: r8 off: -56 imm: 0
	178: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	179: StXMemW dst: rfp src: r1 off: -52 imm: 0
	180: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	181: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	182: LShImm dst: r2 imm: 24
	183: OrReg dst: r1 src: r2
	184: OrImm dst: r1 imm: 65792
	185: StXMemW dst: rfp src: r1 off: -48 imm: 0
	186: StMemW dst: rfp src: r0 off: -44 imm: 0
	187: StMemW dst: rfp src: r0 off: -40 imm: 0
	188: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	189: StXMemW dst: rfp src: r1 off: -36 imm: 0
	190: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	191: StXMemW dst: rfp src: r1 off: -20 imm: 0
	192: StMemW dst: rfp src: r0 off: -32 imm: 0
	193: StMemW dst: rfp src: r0 off: -16 imm: 0
	194: StMemW dst: rfp src: r0 off: -28 imm: 0
	195: StMemW dst: rfp src: r0 off: -12 imm: 0
	196: StMemW dst: rfp src: r0 off: -24 imm: 0
	197: StMemW dst: rfp src: r0 off: -8 imm: 0
	198: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	200: MovReg dst: r2 src: rfp
	201: AddImm dst: r2 imm: -64
	202: MovImm dst: r3 imm: 60
	203: MovImm dst: r4 imm: 0
	204: Call FnRingbufOutput
	205: MovImm dst: r0 imm: 0
	206: Exit
malformed:
	   ; truncated or malformed header: drop
	207: StMemW dst: rfp src: r0 off: -76 imm: 2
	208: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	210: MovReg dst: r2 src: rfp
	211: AddImm dst: r2 imm: -76
	212: Call FnMapLookupElem
	213: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	214: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	215: AddImm dst: r1 imm: 1
	216: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	217: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	218: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	219: AddReg dst: r2 src: r1
	220: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	221: MovImm dst: r0 imm: 2
	222: Exit
family:
	   ; IP family without addresses in this cluster: pass (not enforced)
	223: StMemW dst: rfp src: r0 off: -76 imm: 5
	224: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	226: MovReg dst: r2 src: rfp
	227: AddImm dst: r2 imm: -76
	228: Call FnMapLookupElem
	229: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	230: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	231: AddImm dst: r1 imm: 1
	232: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	233: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	234: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	235: AddReg dst: r2 src: r1
	236: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	237: MovImm dst: r0 imm: 0
	238: Exit

== subject-300 policy_ingress (section tcx/egress, enforced=true, 475 instructions)
	   ; ingress policy of identity 300 (enforced=true): parse Ethernet
	  0: MovReg dst: r6 src: r1
	  1: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	  2: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	  3: MovReg dst: r4 src: r2
	  4: AddImm dst: r4 imm: 14
	  5: JGTReg dst: r4 off: -1 src: r3 <malformed>
	  6: LdXMemH dst: r5 src: r2 off: 12 imm: 0
	  7: JNEImm dst: r5 off: -1 imm: 129 <l3>
	   ; 802.1Q tag
	  8: MovReg dst: r4 src: r2
	  9: AddImm dst: r4 imm: 18
	 10: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 11: LdXMemH dst: r5 src: r2 off: 16 imm: 0
l3:
	 12: JEqImm dst: r5 off: -1 imm: 8 <ipv4>
	 13: JEqImm dst: r5 off: -1 imm: 56710 <family>
	   ; not IP: pass
	 14: StMemW dst: rfp src: r0 off: -76 imm: 1
	 15: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 17: MovReg dst: r2 src: rfp
	 18: AddImm dst: r2 imm: -76
	 19: Call FnMapLookupElem
	 20: JEqImm dst: r0 off: -1 imm: 0 <count_done_1>
	 21: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 22: AddImm dst: r1 imm: 1
	 23: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 24: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 25: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 26: AddReg dst: r2 src: r1
	 27: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_1:
	 28: MovImm dst: r0 imm: 0
	 29: Exit
ipv4:
	   ; IPv4 header (options allowed, non-first fragments flagged)
	 30: MovReg dst: r0 src: r4
	 31: AddImm dst: r0 imm: 20
	 32: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 33: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 34: MovReg dst: r5 src: r1
	 35: AndImm dst: r5 imm: 240
	 36: JNEImm dst: r5 off: -1 imm: 64 <malformed>
	 37: AndImm dst: r1 imm: 15
	 38: JLTImm dst: r1 off: -1 imm: 5 <malformed>
	 39: LShImm dst: r1 imm: 2
	 40: MovImm dst: r7 imm: 0
	 41: LdXMemH dst: r5 src: r4 off: 6 imm: 0
	 42: SwapBE dst: r5 
	 43: AndImm dst: r5 imm: 8191
	 44: JEqImm dst: r5 off: -1 imm: 0 <v4_first>
	 45: MovImm dst: r7 imm: 768
v4_first:
	 46: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 47: StXMemW dst: rfp src: r5 off: -152 imm: 0
	 48: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 49: StXMemW dst: rfp src: r5 off: -148 imm: 0
	 50: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	 51: AddReg dst: r4 src: r1
l4_4:
	   ; transport header (IPv4)
	 52: OrReg dst: r7 src: r5
	 53: MovImm dst: r8 imm: 0
	 54: StMemW dst: rfp src: r0 off: -144 imm: 0
	 55: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	 56: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	 57: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	 58: JEqImm dst: r5 off: -1 imm: 1 <icmp_4>
	 59: Ja off: -1 <l4done_4>
tcp_4:
	 60: MovReg dst: r0 src: r4
	 61: AddImm dst: r0 imm: 20
	 62: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 63: Ja off: -1 <ports_4>
udp_4:
	 64: MovReg dst: r0 src: r4
	 65: AddImm dst: r0 imm: 8
	 66: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 67: Ja off: -1 <ports_4>
ports_4:
	 68: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 69: StXMemW dst: rfp src: r1 off: -144 imm: 0
	 70: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 71: SwapBE dst: r8 
	 72: Ja off: -1 <l4done_4>
icmp_4:
	   ; ICMP type (echo tracked by identifier)
	 73: MovReg dst: r0 src: r4
	 74: AddImm dst: r0 imm: 8
	 75: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 76: LdXMemB dst: r8 src: r4 off: 0 imm: 0
	 77: JEqImm dst: r8 off: -1 imm: 8 <echoreq_4>
	 78: JEqImm dst: r8 off: -1 imm: 0 <echorep_4>
	 79: OrImm dst: r7 imm: 512
	 80: Ja off: -1 <l4done_4>
echoreq_4:
	 81: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	 82: StXMemH dst: rfp src: r1 off: -144 imm: 0
	 83: Ja off: -1 <l4done_4>
echorep_4:
	 84: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	 85: StXMemH dst: rfp src: r1 off: -142 imm: 0
	 86: Ja off: -1 <l4done_4>
l4done_4:
	 87: StXMemB dst: rfp src: r5 off: -140 imm: 0
	 88: StMemB dst: rfp src: r0 off: -139 imm: 0
	 89: StMemH dst: rfp src: r0 off: -138 imm: 0
	 90: StMemW dst: rfp src: r0 off: -136 imm: 300
	 91: StMemB dst: rfp src: r0 off: -72 imm: 4
	   ; conntrack: established and reply packets pass without policy
	 92: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 93: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 95: MovReg dst: r2 src: rfp
	 96: AddImm dst: r2 imm: -152
	 97: Call FnMapLookupElem
	 98: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	 99: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	100: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	101: StXMemW dst: rfp src: r2 off: -152 imm: 0
	102: StXMemW dst: rfp src: r1 off: -148 imm: 0
	103: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	104: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	105: StXMemH dst: rfp src: r2 off: -144 imm: 0
	106: StXMemH dst: rfp src: r1 off: -142 imm: 0
	107: StMemB dst: rfp src: r0 off: -139 imm: 1
	108: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	110: MovReg dst: r2 src: rfp
	111: AddImm dst: r2 imm: -152
	112: Call FnMapLookupElem
	113: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	114: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	115: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	116: StXMemW dst: rfp src: r2 off: -152 imm: 0
	117: StXMemW dst: rfp src: r1 off: -148 imm: 0
	118: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	119: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	120: StXMemH dst: rfp src: r2 off: -144 imm: 0
	121: StXMemH dst: rfp src: r1 off: -142 imm: 0
	122: StMemB dst: rfp src: r0 off: -139 imm: 0
ct_skip_2:
	   ; peer identity (IPv4): exact ipcache, then prefixes, else world
	123: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	125: MovReg dst: r2 src: rfp
	126: AddImm dst: r2 imm: -152
	127: Call FnMapLookupElem
	128: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	129: StMemW dst: rfp src: r0 off: -80 imm: 2
	130: Ja off: -1 <membership>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	131: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	132: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	133: LShImm dst: r1 imm: 16
	134: OrImm dst: r1 imm: 512
	135: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
	136: StMemW dst: rfp src: r0 off: -76 imm: 3
	137: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	139: MovReg dst: r2 src: rfp
	140: AddImm dst: r2 imm: -76
	141: Call FnMapLookupElem
	142: JEqImm dst: r0 off: -1 imm: 0 <count_done_3>
	143: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	144: AddImm dst: r1 imm: 1
	145: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	146: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	147: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	148: AddReg dst: r2 src: r1
	149: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_3:
	150: MovImm dst: r0 imm: 0
	151: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	152: StMemW dst: rfp src: r0 off: -76 imm: 4
	153: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	155: MovReg dst: r2 src: rfp
	156: AddImm dst: r2 imm: -76
	157: Call FnMapLookupElem
	158: JEqImm dst: r0 off: -1 imm: 0 <count_done_4>
	159: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	160: AddImm dst: r1 imm: 1
	161: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	162: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	163: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	164: AddReg dst: r2 src: r1
	165: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_4:
	166: MovImm dst: r0 imm: 0
	167: Exit
have_identity:
	168: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	169: StXMemW dst: rfp src: r1 off: -80 imm: 0
membership:
	   ; selector membership of the peer identity
	170: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	172: MovReg dst: r2 src: rfp
	173: AddImm dst: r2 imm: -80
	174: Call FnMapLookupElem
	175: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	176: MovReg dst: r9 src: r0
	177: Ja off: -1 <decide>
no_identity:
	   ; peer identity unknown to the membership map: matches no selector
	178: StMemW dst: rfp src: r0 off: -76 imm: 6
	179: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	181: MovReg dst: r2 src: rfp
	182: AddImm dst: r2 imm: -76
	183: Call FnMapLookupElem
	184: JEqImm dst: r0 off: -1 imm: 0 <count_done_5>
	185: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	186: AddImm dst: r1 imm: 1
	187: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	188: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	189: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	190: AddReg dst: r2 src: r1
	191: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_5:
	192: Ja off: -1 <default>
decide:
	   ; decision (hash strategy, requested hash; tree would test 3 candidates, largest class 1): table 0, group of the peer, dispatch on protocol
	193: LdXMemW dst: r1 src: r9 off: 4 imm: 0
	194: StXMemW dst: rfp src: r1 off: -172 imm: 0
	195: StMemW dst: rfp src: r0 off: -176 imm: 0
	196: MovReg dst: r1 src: r7
	197: AndImm dst: r1 imm: 511
	198: JEqImm dst: r1 off: -1 imm: 1 <hport_1>
	199: JEqImm dst: r1 off: -1 imm: 6 <hport_6>
	   ; other protocols and fragments: class 0 (ProtoAny entries)
	200: StMemW dst: rfp src: r0 off: -168 imm: 0
	201: StMemW dst: rfp src: r0 off: -160 imm: -1
	202: Ja off: -1 <dec_lookup>
hport_1:
	   ; protocol 1: port index slot 0 (3 intervals), then wide class 0
	203: StMemW dst: rfp src: r0 off: -160 imm: 0
	204: MovImm dst: r1 imm: 0
	205: Ja off: -1 <port_index>
hport_6:
	   ; protocol 6: port index slot 1 (5 intervals), then wide class 0
	206: StMemW dst: rfp src: r0 off: -160 imm: 0
	207: MovImm dst: r1 imm: 256
	208: Ja off: -1 <port_index>
port_index:
	   ; port index: block slot*256 + port>>8, then its page unless the block has one class
	209: MovReg dst: r2 src: r8
	210: RShImm dst: r2 imm: 8
	211: AddReg dst: r1 src: r2
	212: StXMemW dst: rfp src: r1 off: -164 imm: 0
	213: LoadMapPtr dst: r1 fd: 0 <policyc_pblock>
	215: MovReg dst: r2 src: rfp
	216: AddImm dst: r2 imm: -164
	217: Call FnMapLookupElem
	218: JEqImm dst: r0 off: -1 imm: 0 <default>
	219: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	220: JNEImm dst: r1 off: -1 imm: 0 <port_page>
	221: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	222: StXMemW dst: rfp src: r1 off: -168 imm: 0
	223: Ja off: -1 <dec_lookup>
port_page:
	224: SubImm32 dst: r1 imm: 1
	225: LShImm32 dst: r1 imm: 8
	226: MovReg dst: r2 src: r8
	227: AndImm dst: r2 imm: 255
	228: OrReg dst: r1 src: r2
	229: StXMemW dst: rfp src: r1 off: -164 imm: 0
	230: LoadMapPtr dst: r1 fd: 0 <policyc_ppage>
	232: MovReg dst: r2 src: rfp
	233: AddImm dst: r2 imm: -164
	234: Call FnMapLookupElem
	235: JEqImm dst: r0 off: -1 imm: 0 <default>
	236: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	237: StXMemW dst: rfp src: r1 off: -168 imm: 0
dec_lookup:
	   ; decision lookup {table, group, class}; on a miss the protocol's wide class; then the default verdict
	238: LoadMapPtr dst: r1 fd: 0 <policyc_dec>
	240: MovReg dst: r2 src: rfp
	241: AddImm dst: r2 imm: -176
	242: Call FnMapLookupElem
	243: JNEImm dst: r0 off: -1 imm: 0 <dec_hit>
	244: LdXMemW dst: r1 src: rfp off: -160 imm: 0
	245: JEq32Imm dst: r1 off: -1 imm: -1 <default>
	246: StXMemW dst: rfp src: r1 off: -168 imm: 0
	247: LoadMapPtr dst: r1 fd: 0 <policyc_dec>
	249: MovReg dst: r2 src: rfp
	250: AddImm dst: r2 imm: -176
	251: Call FnMapLookupElem
	252: JEqImm dst: r0 off: -1 imm: 0 <default>
dec_hit:
	   ; stored decision: entry id, proxy port (network order), verdict
	253: LdXMemW dst: r8 src: r0 off: 0 imm: 0
	254: LdXMemH dst: r9 src: r0 off: 4 imm: 0
	255: LdXMemB dst: r1 src: r0 off: 6 imm: 0
	256: JEqImm dst: r1 off: -1 imm: 1 <verdict_allow>
	257: JEqImm dst: r1 off: -1 imm: 2 <verdict_redirect>
	258: Ja off: -1 <verdict_deny>
default:
	   ; no entry matches: deny (enforced=true)
	259: MovImm dst: r8 imm: 0
	260: Ja off: -1 <verdict_deny>
verdict_deny:
	   ; verdict deny: count, emit an event, drop (never recorded)
	261: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	262: XorReg dst: r8 src: r1
	263: XorReg dst: r8 src: r1
	264: StXMemW dst: rfp src: r8 off: -76 imm: 0
	265: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	267: MovReg dst: r2 src: rfp
	268: AddImm dst: r2 imm: -76
	269: Call FnMapLookupElem
	270: JEqImm dst: r0 off: -1 imm: 0 <count_done_6>
	271: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	272: AddImm dst: r1 imm: 1
	273: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	274: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	275: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	276: AddReg dst: r2 src: r1
	277: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_6:
	278: StMemW dst: rfp src: r0 off: -60 imm: 300
	279: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	280: StXMemW dst: rfp src: r1 off: -64 imm: 0
	281: StXMemW dst: rfp src: r8 off: -56 imm: 0
	282: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	283: StXMemW dst: rfp src: r1 off: -52 imm: 0
	284: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	285: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	286: LShImm dst: r2 imm: 24
	287: OrReg dst: r1 src: r2
	288: OrImm dst: r1 imm: 0
	289: StXMemW dst: rfp src: r1 off: -48 imm: 0
	290: StMemW dst: rfp src: r0 off: -44 imm: 0
	291: StMemW dst: rfp src: r0 off: -40 imm: 0
	292: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	293: StXMemW dst: rfp src: r1 off: -36 imm: 0
	294: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	295: StXMemW dst: rfp src: r1 off: -20 imm: 0
	296: StMemW dst: rfp src: r0 off: -32 imm: 0
	297: StMemW dst: rfp src: r0 off: -16 imm: 0
	298: StMemW dst: rfp src: r0 off: -28 imm: 0
	299: StMemW dst: rfp src: r0 off: -12 imm: 0
	300: StMemW dst: rfp src: r0 off: -24 imm: 0
	301: StMemW dst: rfp src: r0 off: -8 imm: 0
	302: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	304: MovReg dst: r2 src: rfp
	305: AddImm dst: r2 imm: -64
	306: MovImm dst: r3 imm: 60
	307: MovImm dst: r4 imm: 0
	308: Call FnRingbufOutput
	309: MovImm dst: r0 imm: 2
	310: Exit
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	311: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	312: XorReg dst: r8 src: r1
	313: XorReg dst: r8 src: r1
	314: StXMemW dst: rfp src: r8 off: -76 imm: 0
	315: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	317: MovReg dst: r2 src: rfp
	318: AddImm dst: r2 imm: -76
	319: Call FnMapLookupElem
	320: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	321: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	322: AddImm dst: r1 imm: 1
	323: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	324: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	325: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	326: AddReg dst: r2 src: r1
	327: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	328: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_8>
	329: StXMemW dst: rfp src: r8 off: -108 imm: 0
	330: StMemH dst: rfp src: r0 off: -104 imm: 0
	331: StMemB dst: rfp src: r0 off: -102 imm: 1
	332: StMemB dst: rfp src: r0 off: -101 imm: 0
	333: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	335: MovReg dst: r2 src: rfp
	336: AddImm dst: r2 imm: -152
	337: MovReg dst: r3 src: rfp
	338: AddImm dst: r3 imm: -108
	339: MovImm dst: r4 imm: 0
	340: Call FnMapUpdateElem
ct_norecord_8:
	341: StMemW dst: rfp src: r0 off: -60 imm: 300
	342: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	343: StXMemW dst: rfp src: r1 off: -64 imm: 0
	344: StXMemW dst: rfp src: r8 off: -56 imm: 0
	345: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	346: StXMemW dst: rfp src: r1 off: -52 imm: 0
	347: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	348: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	349: LShImm dst: r2 imm: 24
	350: OrReg dst: r1 src: r2
	351: OrImm dst: r1 imm: 256
	352: StXMemW dst: rfp src: r1 off: -48 imm: 0
	353: StMemW dst: rfp src: r0 off: -44 imm: 0
	354: StMemW dst: rfp src: r0 off: -40 imm: 0
	355: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	356: StXMemW dst: rfp src: r1 off: -36 imm: 0
	357: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	358: StXMemW dst: rfp src: r1 off: -20 imm: 0
	359: StMemW dst: rfp src: r0 off: -32 imm: 0
	360: StMemW dst: rfp src: r0 off: -16 imm: 0
	361: StMemW dst: rfp src: r0 off: -28 imm: 0
	362: StMemW dst: rfp src: r0 off: -12 imm: 0
	363: StMemW dst: rfp src: r0 off: -24 imm: 0
	364: StMemW dst: rfp src: r0 off: -8 imm: 0
	365: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	367: MovReg dst: r2 src: rfp
	368: AddImm dst: r2 imm: -64
	369: MovImm dst: r3 imm: 60
	370: MovImm dst: r4 imm: 0
	371: Call FnRingbufOutput
	372: MovImm dst: r0 imm: 0
	373: Exit
verdict_redirect:
	   ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	374: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	375: XorReg dst: r8 src: r1
	376: XorReg dst: r8 src: r1
	377: StXMemW dst: rfp src: r8 off: -76 imm: 0
	378: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	380: MovReg dst: r2 src: rfp
	381: AddImm dst: r2 imm: -76
	382: Call FnMapLookupElem
	383: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	384: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	385: AddImm dst: r1 imm: 1
	386: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	387: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	388: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	389: AddReg dst: r2 src: r1
	390: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	391: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_10>
	392: StXMemW dst: rfp src: r8 off: -108 imm: 0
	393: StXMemH dst: rfp src: r9 off: -104 imm: 0
	394: StMemB dst: rfp src: r0 off: -102 imm: 2
	395: StMemB dst: rfp src: r0 off: -101 imm: 0
	396: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	398: MovReg dst: r2 src: rfp
	399: AddImm dst: r2 imm: -152
	400: MovReg dst: r3 src: rfp
	401: AddImm dst: r3 imm: -108
	402: MovImm dst: r4 imm: 0
	403: Call FnMapUpdateElem
ct_norecord_10:
	404: MovReg dst: r1 src: r9
	405: LShImm dst: r1 imm: 16
	406: OrImm dst: r1 imm: 512
	407: StXMemW dst: r6 src: r1 off: 8 imm: 0
	408: StMemW dst: rfp src: r0 off: -60 imm: 300
	409: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	410: StXMemW dst: rfp src: r1 off: -64 imm: 0
	411: StXMemW dst: rfp src: r8 off: -56 imm: 0
	412: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	413: StXMemW dst: rfp src: r1 off: -52 imm: 0
	414: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	415: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	416: LShImm dst: r2 imm: 24
	417: OrReg dst: r1 src: r2
	418: OrImm dst: r1 imm: 512
	419: StXMemW dst: rfp src: r1 off: -48 imm: 0
	420: StMemW dst: rfp src: r0 off: -44 imm: 0
	421: MovReg dst: r1 src: r9
	422: AndImm dst: r1 imm: 65535
	423: StXMemW dst: rfp src: r1 off: -40 imm: 0
	424: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	425: StXMemW dst: rfp src: r1 off: -36 imm: 0
	426: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	427: StXMemW dst: rfp src: r1 off: -20 imm: 0
	428: StMemW dst: rfp src: r0 off: -32 imm: 0
	429: StMemW dst: rfp src: r0 off: -16 imm: 0
	430: StMemW dst: rfp src: r0 off: -28 imm: 0
	431: StMemW dst: rfp src: r0 off: -12 imm: 0
	432: StMemW dst: rfp src: r0 off: -24 imm: 0
	433: StMemW dst: rfp src: r0 off: -8 imm: 0
	434: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	436: MovReg dst: r2 src: rfp
	437: AddImm dst: r2 imm: -64
	438: MovImm dst: r3 imm: 60
	439: MovImm dst: r4 imm: 0
	440: Call FnRingbufOutput
	441: MovImm dst: r0 imm: 0
	442: Exit
malformed:
	   ; truncated or malformed header: drop
	443: StMemW dst: rfp src: r0 off: -76 imm: 2
	444: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	446: MovReg dst: r2 src: rfp
	447: AddImm dst: r2 imm: -76
	448: Call FnMapLookupElem
	449: JEqImm dst: r0 off: -1 imm: 0 <count_done_11>
	450: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	451: AddImm dst: r1 imm: 1
	452: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	453: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	454: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	455: AddReg dst: r2 src: r1
	456: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_11:
	457: MovImm dst: r0 imm: 2
	458: Exit
family:
	   ; IP family without addresses in this cluster: drop (enforced)
	459: StMemW dst: rfp src: r0 off: -76 imm: 5
	460: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	462: MovReg dst: r2 src: rfp
	463: AddImm dst: r2 imm: -76
	464: Call FnMapLookupElem
	465: JEqImm dst: r0 off: -1 imm: 0 <count_done_12>
	466: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	467: AddImm dst: r1 imm: 1
	468: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	469: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	470: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	471: AddReg dst: r2 src: r1
	472: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_12:
	473: MovImm dst: r0 imm: 2
	474: Exit

== subject-300 policy_egress (section tcx/ingress, enforced=true, 241 instructions)
	   ; egress policy of identity 300 (enforced=true): parse Ethernet
	  0: MovReg dst: r6 src: r1
	  1: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	  2: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	  3: MovReg dst: r4 src: r2
	  4: AddImm dst: r4 imm: 14
	  5: JGTReg dst: r4 off: -1 src: r3 <malformed>
	  6: LdXMemH dst: r5 src: r2 off: 12 imm: 0
	  7: JNEImm dst: r5 off: -1 imm: 129 <l3>
	   ; 802.1Q tag
	  8: MovReg dst: r4 src: r2
	  9: AddImm dst: r4 imm: 18
	 10: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 11: LdXMemH dst: r5 src: r2 off: 16 imm: 0
l3:
	 12: JEqImm dst: r5 off: -1 imm: 8 <ipv4>
	 13: JEqImm dst: r5 off: -1 imm: 56710 <family>
	   ; not IP: pass
	 14: StMemW dst: rfp src: r0 off: -76 imm: 1
	 15: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 17: MovReg dst: r2 src: rfp
	 18: AddImm dst: r2 imm: -76
	 19: Call FnMapLookupElem
	 20: JEqImm dst: r0 off: -1 imm: 0 <count_done_1>
	 21: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 22: AddImm dst: r1 imm: 1
	 23: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 24: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 25: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 26: AddReg dst: r2 src: r1
	 27: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_1:
	 28: MovImm dst: r0 imm: 0
	 29: Exit
ipv4:
	   ; IPv4 header (options allowed, non-first fragments flagged)
	 30: MovReg dst: r0 src: r4
	 31: AddImm dst: r0 imm: 20
	 32: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 33: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 34: MovReg dst: r5 src: r1
	 35: AndImm dst: r5 imm: 240
	 36: JNEImm dst: r5 off: -1 imm: 64 <malformed>
	 37: AndImm dst: r1 imm: 15
	 38: JLTImm dst: r1 off: -1 imm: 5 <malformed>
	 39: LShImm dst: r1 imm: 2
	 40: MovImm dst: r7 imm: 0
	 41: LdXMemH dst: r5 src: r4 off: 6 imm: 0
	 42: SwapBE dst: r5 
	 43: AndImm dst: r5 imm: 8191
	 44: JEqImm dst: r5 off: -1 imm: 0 <v4_first>
	 45: MovImm dst: r7 imm: 768
v4_first:
	 46: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 47: StXMemW dst: rfp src: r5 off: -152 imm: 0
	 48: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 49: StXMemW dst: rfp src: r5 off: -148 imm: 0
	 50: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	 51: AddReg dst: r4 src: r1
l4_4:
	   ; transport header (IPv4)
	 52: OrReg dst: r7 src: r5
	 53: MovImm dst: r8 imm: 0
	 54: StMemW dst: rfp src: r0 off: -144 imm: 0
	 55: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	 56: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	 57: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	 58: JEqImm dst: r5 off: -1 imm: 1 <icmp_4>
	 59: Ja off: -1 <l4done_4>
tcp_4:
	 60: MovReg dst: r0 src: r4
	 61: AddImm dst: r0 imm: 20
	 62: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 63: Ja off: -1 <ports_4>
udp_4:
	 64: MovReg dst: r0 src: r4
	 65: AddImm dst: r0 imm: 8
	 66: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 67: Ja off: -1 <ports_4>
ports_4:
	 68: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 69: StXMemW dst: rfp src: r1 off: -144 imm: 0
	 70: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 71: SwapBE dst: r8 
	 72: Ja off: -1 <l4done_4>
icmp_4:
	   ; ICMP type (echo tracked by identifier)
	 73: MovReg dst: r0 src: r4
	 74: AddImm dst: r0 imm: 8
	 75: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 76: LdXMemB dst: r8 src: r4 off: 0 imm: 0
	 77: JEqImm dst: r8 off: -1 imm: 8 <echoreq_4>
	 78: JEqImm dst: r8 off: -1 imm: 0 <echorep_4>
	 79: OrImm dst: r7 imm: 512
	 80: Ja off: -1 <l4done_4>
echoreq_4:
	 81: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	 82: StXMemH dst: rfp src: r1 off: -144 imm: 0
	 83: Ja off: -1 <l4done_4>
echorep_4:
	 84: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	 85: StXMemH dst: rfp src: r1 off: -142 imm: 0
	 86: Ja off: -1 <l4done_4>
l4done_4:
	 87: StXMemB dst: rfp src: r5 off: -140 imm: 0
	 88: StMemB dst: rfp src: r0 off: -139 imm: 1
	 89: StMemH dst: rfp src: r0 off: -138 imm: 0
	 90: StMemW dst: rfp src: r0 off: -136 imm: 300
	 91: StMemB dst: rfp src: r0 off: -72 imm: 4
	   ; conntrack: established and reply packets pass without policy
	 92: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 93: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 95: MovReg dst: r2 src: rfp
	 96: AddImm dst: r2 imm: -152
	 97: Call FnMapLookupElem
	 98: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	 99: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	100: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	101: StXMemW dst: rfp src: r2 off: -152 imm: 0
	102: StXMemW dst: rfp src: r1 off: -148 imm: 0
	103: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	104: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	105: StXMemH dst: rfp src: r2 off: -144 imm: 0
	106: StXMemH dst: rfp src: r1 off: -142 imm: 0
	107: StMemB dst: rfp src: r0 off: -139 imm: 0
	108: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	110: MovReg dst: r2 src: rfp
	111: AddImm dst: r2 imm: -152
	112: Call FnMapLookupElem
	113: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	114: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	115: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	116: StXMemW dst: rfp src: r2 off: -152 imm: 0
	117: StXMemW dst: rfp src: r1 off: -148 imm: 0
	118: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	119: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	120: StXMemH dst: rfp src: r2 off: -144 imm: 0
	121: StXMemH dst: rfp src: r1 off: -142 imm: 0
	122: StMemB dst: rfp src: r0 off: -139 imm: 1
ct_skip_2:
	123: StMemW dst: rfp src: r0 off: -80 imm: 0
	124: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	125: StMemW dst: rfp src: r0 off: -76 imm: 3
	126: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	128: MovReg dst: r2 src: rfp
	129: AddImm dst: r2 imm: -76
	130: Call FnMapLookupElem
	131: JEqImm dst: r0 off: -1 imm: 0 <count_done_3>
	132: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	133: AddImm dst: r1 imm: 1
	134: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	135: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	136: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	137: AddReg dst: r2 src: r1
	138: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_3:
	139: MovImm dst: r0 imm: 0
	140: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	141: StMemW dst: rfp src: r0 off: -76 imm: 4
	142: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	144: MovReg dst: r2 src: rfp
	145: AddImm dst: r2 imm: -76
	146: Call FnMapLookupElem
	147: JEqImm dst: r0 off: -1 imm: 0 <count_done_4>
	148: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	149: AddImm dst: r1 imm: 1
	150: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	151: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	152: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	153: AddReg dst: r2 src: r1
	154: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_4:
	155: MovImm dst: r0 imm: 0
	156: Exit
default:
	   ; no entry matches: deny (enforced=true)
	157: MovImm dst: r8 imm: 0
	158: Ja off: -1 <verdict_deny>
verdict_deny:
	   ; verdict deny: count, emit an event, drop (never recorded)
	159: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	160: XorReg dst: r8 src: r1
	161: XorReg dst: r8 src: r1
	162: StXMemW dst: rfp src: r8 off: -76 imm: 0
	163: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	165: MovReg dst: r2 src: rfp
	166: AddImm dst: r2 imm: -76
	167: Call FnMapLookupElem
	168: JEqImm dst: r0 off: -1 imm: 0 <count_done_5>
	169: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	170: AddImm dst: r1 imm: 1
	171: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	172: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	173: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	174: AddReg dst: r2 src: r1
	175: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_5:
	176: StMemW dst: rfp src: r0 off: -64 imm: 300
	177: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	178: StXMemW dst: rfp src: r1 off: -60 imm: 0
	179: StXMemW dst: rfp src: r8 off: -56 imm: 0
	180: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	181: StXMemW dst: rfp src: r1 off: -52 imm: 0
	182: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	183: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	184: LShImm dst: r2 imm: 24
	185: OrReg dst: r1 src: r2
	186: OrImm dst: r1 imm: 65536
	187: StXMemW dst: rfp src: r1 off: -48 imm: 0
	188: StMemW dst: rfp src: r0 off: -44 imm: 0
	189: StMemW dst: rfp src: r0 off: -40 imm: 0
	190: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	191: StXMemW dst: rfp src: r1 off: -36 imm: 0
	192: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	193: StXMemW dst: rfp src: r1 off: -20 imm: 0
	194: StMemW dst: rfp src: r0 off: -32 imm: 0
	195: StMemW dst: rfp src: r0 off: -16 imm: 0
	196: StMemW dst: rfp src: r0 off: -28 imm: 0
	197: StMemW dst: rfp src: r0 off: -12 imm: 0
	198: StMemW dst: rfp src: r0 off: -24 imm: 0
	199: StMemW dst: rfp src: r0 off: -8 imm: 0
	200: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	202: MovReg dst: r2 src: rfp
	203: AddImm dst: r2 imm: -64
	204: MovImm dst: r3 imm: 60
	205: MovImm dst: r4 imm: 0
	206: Call FnRingbufOutput
	207: MovImm dst: r0 imm: 2
	208: Exit
malformed:
	   ; truncated or malformed header: drop
	209: StMemW dst: rfp src: r0 off: -76 imm: 2
	210: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	212: MovReg dst: r2 src: rfp
	213: AddImm dst: r2 imm: -76
	214: Call FnMapLookupElem
	215: JEqImm dst: r0 off: -1 imm: 0 <count_done_6>
	216: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	217: AddImm dst: r1 imm: 1
	218: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	219: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	220: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	221: AddReg dst: r2 src: r1
	222: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_6:
	223: MovImm dst: r0 imm: 2
	224: Exit
family:
	   ; IP family without addresses in this cluster: drop (enforced)
	225: StMemW dst: rfp src: r0 off: -76 imm: 5
	226: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	228: MovReg dst: r2 src: rfp
	229: AddImm dst: r2 imm: -76
	230: Call FnMapLookupElem
	231: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	232: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	233: AddImm dst: r1 imm: 1
	234: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	235: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	236: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	237: AddReg dst: r2 src: r1
	238: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	239: MovImm dst: r0 imm: 2
	240: Exit

