== subject-256 policy_ingress (section tcx/egress, enforced=false, 256 instructions)
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
	 77: StMemB dst: rfp src: r0 off: -71 imm: 0
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 78: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	 79: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 80: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 81: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 82: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 83: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 84: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 85: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 86: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 87: StMemB dst: rfp src: r0 off: -139 imm: 0
	 88: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	 89: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 90: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 91: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 92: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 93: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 94: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 95: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 96: StXMemH dst: rfp src: r1 off: -142 imm: 0
	 97: StMemB dst: rfp src: r0 off: -139 imm: 1
	 98: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	 99: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	101: MovReg dst: r2 src: rfp
	102: AddImm dst: r2 imm: -152
	103: Call FnMapLookupElem
	104: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	105: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	106: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	107: Ja off: -1 <ct_reply>
ct_miss_3:
	108: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	109: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	110: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	111: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	112: StXMemW dst: rfp src: r2 off: -152 imm: 0
	113: StXMemW dst: rfp src: r1 off: -148 imm: 0
	114: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	115: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	116: StXMemH dst: rfp src: r2 off: -144 imm: 0
	117: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_6:
	118: StMemW dst: rfp src: r0 off: -80 imm: 0
	119: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	120: StMemW dst: rfp src: r0 off: -76 imm: 3
	121: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	123: MovReg dst: r2 src: rfp
	124: AddImm dst: r2 imm: -76
	125: Call FnMapLookupElem
	126: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	127: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	128: AddImm dst: r1 imm: 1
	129: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	130: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	131: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	132: AddReg dst: r2 src: r1
	133: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	134: MovImm dst: r0 imm: 0
	135: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	136: StMemW dst: rfp src: r0 off: -76 imm: 4
	137: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	139: MovReg dst: r2 src: rfp
	140: AddImm dst: r2 imm: -76
	141: Call FnMapLookupElem
	142: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	143: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	144: AddImm dst: r1 imm: 1
	145: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	146: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	147: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	148: AddReg dst: r2 src: r1
	149: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	150: MovImm dst: r0 imm: 0
	151: Exit
default:
	   ; no entry matches: allow (enforced=false)
	152: MovImm dst: r8 imm: 0
	153: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	154: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	155: XorReg dst: r8 src: r1
	156: XorReg dst: r8 src: r1
	157: StXMemW dst: rfp src: r8 off: -76 imm: 0
	158: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	160: MovReg dst: r2 src: rfp
	161: AddImm dst: r2 imm: -76
	162: Call FnMapLookupElem
	163: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	164: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	165: AddImm dst: r1 imm: 1
	166: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	167: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	168: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	169: AddReg dst: r2 src: r1
	170: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	171: StMemW dst: rfp src: r0 off: -60 imm: 256
	172: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	173: StXMemW dst: rfp src: r1 off: -64 imm: 0
	174: StXMemW dst: rfp src: r8 off: -56 imm: 0
	175: StMemW dst: rfp src: r0 off: -44 imm: 0
	176: StMemW dst: rfp src: r0 off: -40 imm: 0
	177: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	178: StXMemW dst: rfp src: r1 off: -52 imm: 0
	179: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	180: OrImm dst: r1 imm: 67109120
	181: StXMemW dst: rfp src: r1 off: -48 imm: 0
	182: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	183: StXMemW dst: rfp src: r1 off: -36 imm: 0
	184: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	185: StXMemW dst: rfp src: r1 off: -20 imm: 0
	186: StMemW dst: rfp src: r0 off: -32 imm: 0
	187: StMemW dst: rfp src: r0 off: -16 imm: 0
	188: StMemW dst: rfp src: r0 off: -28 imm: 0
	189: StMemW dst: rfp src: r0 off: -12 imm: 0
	190: StMemW dst: rfp src: r0 off: -24 imm: 0
	191: StMemW dst: rfp src: r0 off: -8 imm: 0
	192: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	194: MovReg dst: r2 src: rfp
	195: AddImm dst: r2 imm: -64
	196: MovImm dst: r3 imm: 60
	197: MovImm dst: r4 imm: 0
	198: Call FnRingbufOutput
	199: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_10>
	200: StXMemW dst: rfp src: r8 off: -108 imm: 0
	201: StMemH dst: rfp src: r0 off: -104 imm: 0
	202: StMemB dst: rfp src: r0 off: -102 imm: 1
	203: StMemB dst: rfp src: r0 off: -101 imm: 0
	204: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	205: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_11>
	206: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	207: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	208: StXMemW dst: rfp src: r2 off: -152 imm: 0
	209: StXMemW dst: rfp src: r1 off: -148 imm: 0
	210: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	211: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	212: StXMemH dst: rfp src: r2 off: -144 imm: 0
	213: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_11:
	214: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	216: MovReg dst: r2 src: rfp
	217: AddImm dst: r2 imm: -152
	218: MovReg dst: r3 src: rfp
	219: AddImm dst: r3 imm: -108
	220: MovImm dst: r4 imm: 0
	221: Call FnMapUpdateElem
ct_norecord_10:
	222: MovImm dst: r0 imm: 0
	223: Exit
malformed:
	   ; truncated or malformed header: drop
	224: StMemW dst: rfp src: r0 off: -76 imm: 2
	225: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	227: MovReg dst: r2 src: rfp
	228: AddImm dst: r2 imm: -76
	229: Call FnMapLookupElem
	230: JEqImm dst: r0 off: -1 imm: 0 <count_done_12>
	231: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	232: AddImm dst: r1 imm: 1
	233: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	234: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	235: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	236: AddReg dst: r2 src: r1
	237: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_12:
	238: MovImm dst: r0 imm: 2
	239: Exit
family:
	   ; IP family without addresses in this cluster: pass (not enforced)
	240: StMemW dst: rfp src: r0 off: -76 imm: 5
	241: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	243: MovReg dst: r2 src: rfp
	244: AddImm dst: r2 imm: -76
	245: Call FnMapLookupElem
	246: JEqImm dst: r0 off: -1 imm: 0 <count_done_13>
	247: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	248: AddImm dst: r1 imm: 1
	249: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	250: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	251: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	252: AddReg dst: r2 src: r1
	253: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_13:
	254: MovImm dst: r0 imm: 0
	255: Exit

== subject-256 policy_egress (section tcx/ingress, enforced=false, 256 instructions)
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
	 77: StMemB dst: rfp src: r0 off: -71 imm: 0
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 78: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	 79: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 80: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 81: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 82: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 83: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 84: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 85: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 86: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 87: StMemB dst: rfp src: r0 off: -139 imm: 0
	 88: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	 89: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 90: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 91: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 92: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 93: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 94: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 95: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 96: StXMemH dst: rfp src: r1 off: -142 imm: 0
	 97: StMemB dst: rfp src: r0 off: -139 imm: 0
	 98: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	 99: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	101: MovReg dst: r2 src: rfp
	102: AddImm dst: r2 imm: -152
	103: Call FnMapLookupElem
	104: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	105: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	106: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	107: Ja off: -1 <ct_reply>
ct_miss_3:
	108: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	109: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	110: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	111: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	112: StXMemW dst: rfp src: r2 off: -152 imm: 0
	113: StXMemW dst: rfp src: r1 off: -148 imm: 0
	114: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	115: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	116: StXMemH dst: rfp src: r2 off: -144 imm: 0
	117: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_6:
	118: StMemW dst: rfp src: r0 off: -80 imm: 0
	119: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	120: StMemW dst: rfp src: r0 off: -76 imm: 3
	121: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	123: MovReg dst: r2 src: rfp
	124: AddImm dst: r2 imm: -76
	125: Call FnMapLookupElem
	126: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	127: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	128: AddImm dst: r1 imm: 1
	129: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	130: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	131: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	132: AddReg dst: r2 src: r1
	133: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	134: MovImm dst: r0 imm: 0
	135: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	136: StMemW dst: rfp src: r0 off: -76 imm: 4
	137: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	139: MovReg dst: r2 src: rfp
	140: AddImm dst: r2 imm: -76
	141: Call FnMapLookupElem
	142: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	143: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	144: AddImm dst: r1 imm: 1
	145: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	146: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	147: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	148: AddReg dst: r2 src: r1
	149: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	150: MovImm dst: r0 imm: 0
	151: Exit
default:
	   ; no entry matches: allow (enforced=false)
	152: MovImm dst: r8 imm: 0
	153: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	154: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	155: XorReg dst: r8 src: r1
	156: XorReg dst: r8 src: r1
	157: StXMemW dst: rfp src: r8 off: -76 imm: 0
	158: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	160: MovReg dst: r2 src: rfp
	161: AddImm dst: r2 imm: -76
	162: Call FnMapLookupElem
	163: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	164: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	165: AddImm dst: r1 imm: 1
	166: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	167: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	168: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	169: AddReg dst: r2 src: r1
	170: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	171: StMemW dst: rfp src: r0 off: -64 imm: 256
	172: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	173: StXMemW dst: rfp src: r1 off: -60 imm: 0
	174: StXMemW dst: rfp src: r8 off: -56 imm: 0
	175: StMemW dst: rfp src: r0 off: -44 imm: 0
	176: StMemW dst: rfp src: r0 off: -40 imm: 0
	177: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	178: StXMemW dst: rfp src: r1 off: -52 imm: 0
	179: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	180: OrImm dst: r1 imm: 67174656
	181: StXMemW dst: rfp src: r1 off: -48 imm: 0
	182: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	183: StXMemW dst: rfp src: r1 off: -36 imm: 0
	184: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	185: StXMemW dst: rfp src: r1 off: -20 imm: 0
	186: StMemW dst: rfp src: r0 off: -32 imm: 0
	187: StMemW dst: rfp src: r0 off: -16 imm: 0
	188: StMemW dst: rfp src: r0 off: -28 imm: 0
	189: StMemW dst: rfp src: r0 off: -12 imm: 0
	190: StMemW dst: rfp src: r0 off: -24 imm: 0
	191: StMemW dst: rfp src: r0 off: -8 imm: 0
	192: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	194: MovReg dst: r2 src: rfp
	195: AddImm dst: r2 imm: -64
	196: MovImm dst: r3 imm: 60
	197: MovImm dst: r4 imm: 0
	198: Call FnRingbufOutput
	199: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_10>
	200: StXMemW dst: rfp src: r8 off: -108 imm: 0
	201: StMemH dst: rfp src: r0 off: -104 imm: 0
	202: StMemB dst: rfp src: r0 off: -102 imm: 1
	203: StMemB dst: rfp src: r0 off: -101 imm: 1
	204: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	205: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_11>
	206: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	207: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	208: StXMemW dst: rfp src: r2 off: -152 imm: 0
	209: StXMemW dst: rfp src: r1 off: -148 imm: 0
	210: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	211: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	212: StXMemH dst: rfp src: r2 off: -144 imm: 0
	213: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_11:
	214: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	216: MovReg dst: r2 src: rfp
	217: AddImm dst: r2 imm: -152
	218: MovReg dst: r3 src: rfp
	219: AddImm dst: r3 imm: -108
	220: MovImm dst: r4 imm: 0
	221: Call FnMapUpdateElem
ct_norecord_10:
	222: MovImm dst: r0 imm: 0
	223: Exit
malformed:
	   ; truncated or malformed header: drop
	224: StMemW dst: rfp src: r0 off: -76 imm: 2
	225: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	227: MovReg dst: r2 src: rfp
	228: AddImm dst: r2 imm: -76
	229: Call FnMapLookupElem
	230: JEqImm dst: r0 off: -1 imm: 0 <count_done_12>
	231: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	232: AddImm dst: r1 imm: 1
	233: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	234: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	235: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	236: AddReg dst: r2 src: r1
	237: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_12:
	238: MovImm dst: r0 imm: 2
	239: Exit
family:
	   ; IP family without addresses in this cluster: pass (not enforced)
	240: StMemW dst: rfp src: r0 off: -76 imm: 5
	241: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	243: MovReg dst: r2 src: rfp
	244: AddImm dst: r2 imm: -76
	245: Call FnMapLookupElem
	246: JEqImm dst: r0 off: -1 imm: 0 <count_done_13>
	247: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	248: AddImm dst: r1 imm: 1
	249: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	250: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	251: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	252: AddReg dst: r2 src: r1
	253: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_13:
	254: MovImm dst: r0 imm: 0
	255: Exit

== subject-257 policy_ingress (section tcx/egress, enforced=false, 256 instructions)
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
	 77: StMemB dst: rfp src: r0 off: -71 imm: 0
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 78: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	 79: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 80: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 81: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 82: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 83: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 84: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 85: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 86: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 87: StMemB dst: rfp src: r0 off: -139 imm: 0
	 88: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	 89: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 90: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 91: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 92: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 93: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 94: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 95: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 96: StXMemH dst: rfp src: r1 off: -142 imm: 0
	 97: StMemB dst: rfp src: r0 off: -139 imm: 1
	 98: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	 99: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	101: MovReg dst: r2 src: rfp
	102: AddImm dst: r2 imm: -152
	103: Call FnMapLookupElem
	104: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	105: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	106: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	107: Ja off: -1 <ct_reply>
ct_miss_3:
	108: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	109: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	110: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	111: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	112: StXMemW dst: rfp src: r2 off: -152 imm: 0
	113: StXMemW dst: rfp src: r1 off: -148 imm: 0
	114: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	115: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	116: StXMemH dst: rfp src: r2 off: -144 imm: 0
	117: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_6:
	118: StMemW dst: rfp src: r0 off: -80 imm: 0
	119: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	120: StMemW dst: rfp src: r0 off: -76 imm: 3
	121: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	123: MovReg dst: r2 src: rfp
	124: AddImm dst: r2 imm: -76
	125: Call FnMapLookupElem
	126: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	127: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	128: AddImm dst: r1 imm: 1
	129: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	130: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	131: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	132: AddReg dst: r2 src: r1
	133: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	134: MovImm dst: r0 imm: 0
	135: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	136: StMemW dst: rfp src: r0 off: -76 imm: 4
	137: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	139: MovReg dst: r2 src: rfp
	140: AddImm dst: r2 imm: -76
	141: Call FnMapLookupElem
	142: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	143: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	144: AddImm dst: r1 imm: 1
	145: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	146: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	147: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	148: AddReg dst: r2 src: r1
	149: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	150: MovImm dst: r0 imm: 0
	151: Exit
default:
	   ; no entry matches: allow (enforced=false)
	152: MovImm dst: r8 imm: 0
	153: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	154: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	155: XorReg dst: r8 src: r1
	156: XorReg dst: r8 src: r1
	157: StXMemW dst: rfp src: r8 off: -76 imm: 0
	158: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	160: MovReg dst: r2 src: rfp
	161: AddImm dst: r2 imm: -76
	162: Call FnMapLookupElem
	163: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	164: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	165: AddImm dst: r1 imm: 1
	166: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	167: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	168: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	169: AddReg dst: r2 src: r1
	170: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	171: StMemW dst: rfp src: r0 off: -60 imm: 257
	172: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	173: StXMemW dst: rfp src: r1 off: -64 imm: 0
	174: StXMemW dst: rfp src: r8 off: -56 imm: 0
	175: StMemW dst: rfp src: r0 off: -44 imm: 0
	176: StMemW dst: rfp src: r0 off: -40 imm: 0
	177: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	178: StXMemW dst: rfp src: r1 off: -52 imm: 0
	179: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	180: OrImm dst: r1 imm: 67109120
	181: StXMemW dst: rfp src: r1 off: -48 imm: 0
	182: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	183: StXMemW dst: rfp src: r1 off: -36 imm: 0
	184: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	185: StXMemW dst: rfp src: r1 off: -20 imm: 0
	186: StMemW dst: rfp src: r0 off: -32 imm: 0
	187: StMemW dst: rfp src: r0 off: -16 imm: 0
	188: StMemW dst: rfp src: r0 off: -28 imm: 0
	189: StMemW dst: rfp src: r0 off: -12 imm: 0
	190: StMemW dst: rfp src: r0 off: -24 imm: 0
	191: StMemW dst: rfp src: r0 off: -8 imm: 0
	192: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	194: MovReg dst: r2 src: rfp
	195: AddImm dst: r2 imm: -64
	196: MovImm dst: r3 imm: 60
	197: MovImm dst: r4 imm: 0
	198: Call FnRingbufOutput
	199: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_10>
	200: StXMemW dst: rfp src: r8 off: -108 imm: 0
	201: StMemH dst: rfp src: r0 off: -104 imm: 0
	202: StMemB dst: rfp src: r0 off: -102 imm: 1
	203: StMemB dst: rfp src: r0 off: -101 imm: 0
	204: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	205: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_11>
	206: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	207: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	208: StXMemW dst: rfp src: r2 off: -152 imm: 0
	209: StXMemW dst: rfp src: r1 off: -148 imm: 0
	210: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	211: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	212: StXMemH dst: rfp src: r2 off: -144 imm: 0
	213: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_11:
	214: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	216: MovReg dst: r2 src: rfp
	217: AddImm dst: r2 imm: -152
	218: MovReg dst: r3 src: rfp
	219: AddImm dst: r3 imm: -108
	220: MovImm dst: r4 imm: 0
	221: Call FnMapUpdateElem
ct_norecord_10:
	222: MovImm dst: r0 imm: 0
	223: Exit
malformed:
	   ; truncated or malformed header: drop
	224: StMemW dst: rfp src: r0 off: -76 imm: 2
	225: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	227: MovReg dst: r2 src: rfp
	228: AddImm dst: r2 imm: -76
	229: Call FnMapLookupElem
	230: JEqImm dst: r0 off: -1 imm: 0 <count_done_12>
	231: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	232: AddImm dst: r1 imm: 1
	233: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	234: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	235: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	236: AddReg dst: r2 src: r1
	237: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_12:
	238: MovImm dst: r0 imm: 2
	239: Exit
family:
	   ; IP family without addresses in this cluster: pass (not enforced)
	240: StMemW dst: rfp src: r0 off: -76 imm: 5
	241: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	243: MovReg dst: r2 src: rfp
	244: AddImm dst: r2 imm: -76
	245: Call FnMapLookupElem
	246: JEqImm dst: r0 off: -1 imm: 0 <count_done_13>
	247: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	248: AddImm dst: r1 imm: 1
	249: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	250: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	251: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	252: AddReg dst: r2 src: r1
	253: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_13:
	254: MovImm dst: r0 imm: 0
	255: Exit

== subject-257 policy_egress (section tcx/ingress, enforced=false, 256 instructions)
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
	 77: StMemB dst: rfp src: r0 off: -71 imm: 0
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 78: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	 79: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 80: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 81: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 82: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 83: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 84: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 85: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 86: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 87: StMemB dst: rfp src: r0 off: -139 imm: 0
	 88: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	 89: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 90: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 91: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 92: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 93: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 94: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 95: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 96: StXMemH dst: rfp src: r1 off: -142 imm: 0
	 97: StMemB dst: rfp src: r0 off: -139 imm: 0
	 98: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	 99: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	101: MovReg dst: r2 src: rfp
	102: AddImm dst: r2 imm: -152
	103: Call FnMapLookupElem
	104: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	105: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	106: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	107: Ja off: -1 <ct_reply>
ct_miss_3:
	108: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	109: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	110: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	111: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	112: StXMemW dst: rfp src: r2 off: -152 imm: 0
	113: StXMemW dst: rfp src: r1 off: -148 imm: 0
	114: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	115: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	116: StXMemH dst: rfp src: r2 off: -144 imm: 0
	117: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_6:
	118: StMemW dst: rfp src: r0 off: -80 imm: 0
	119: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	120: StMemW dst: rfp src: r0 off: -76 imm: 3
	121: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	123: MovReg dst: r2 src: rfp
	124: AddImm dst: r2 imm: -76
	125: Call FnMapLookupElem
	126: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	127: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	128: AddImm dst: r1 imm: 1
	129: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	130: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	131: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	132: AddReg dst: r2 src: r1
	133: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	134: MovImm dst: r0 imm: 0
	135: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	136: StMemW dst: rfp src: r0 off: -76 imm: 4
	137: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	139: MovReg dst: r2 src: rfp
	140: AddImm dst: r2 imm: -76
	141: Call FnMapLookupElem
	142: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	143: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	144: AddImm dst: r1 imm: 1
	145: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	146: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	147: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	148: AddReg dst: r2 src: r1
	149: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	150: MovImm dst: r0 imm: 0
	151: Exit
default:
	   ; no entry matches: allow (enforced=false)
	152: MovImm dst: r8 imm: 0
	153: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	154: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	155: XorReg dst: r8 src: r1
	156: XorReg dst: r8 src: r1
	157: StXMemW dst: rfp src: r8 off: -76 imm: 0
	158: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	160: MovReg dst: r2 src: rfp
	161: AddImm dst: r2 imm: -76
	162: Call FnMapLookupElem
	163: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	164: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	165: AddImm dst: r1 imm: 1
	166: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	167: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	168: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	169: AddReg dst: r2 src: r1
	170: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	171: StMemW dst: rfp src: r0 off: -64 imm: 257
	172: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	173: StXMemW dst: rfp src: r1 off: -60 imm: 0
	174: StXMemW dst: rfp src: r8 off: -56 imm: 0
	175: StMemW dst: rfp src: r0 off: -44 imm: 0
	176: StMemW dst: rfp src: r0 off: -40 imm: 0
	177: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	178: StXMemW dst: rfp src: r1 off: -52 imm: 0
	179: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	180: OrImm dst: r1 imm: 67174656
	181: StXMemW dst: rfp src: r1 off: -48 imm: 0
	182: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	183: StXMemW dst: rfp src: r1 off: -36 imm: 0
	184: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	185: StXMemW dst: rfp src: r1 off: -20 imm: 0
	186: StMemW dst: rfp src: r0 off: -32 imm: 0
	187: StMemW dst: rfp src: r0 off: -16 imm: 0
	188: StMemW dst: rfp src: r0 off: -28 imm: 0
	189: StMemW dst: rfp src: r0 off: -12 imm: 0
	190: StMemW dst: rfp src: r0 off: -24 imm: 0
	191: StMemW dst: rfp src: r0 off: -8 imm: 0
	192: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	194: MovReg dst: r2 src: rfp
	195: AddImm dst: r2 imm: -64
	196: MovImm dst: r3 imm: 60
	197: MovImm dst: r4 imm: 0
	198: Call FnRingbufOutput
	199: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_10>
	200: StXMemW dst: rfp src: r8 off: -108 imm: 0
	201: StMemH dst: rfp src: r0 off: -104 imm: 0
	202: StMemB dst: rfp src: r0 off: -102 imm: 1
	203: StMemB dst: rfp src: r0 off: -101 imm: 1
	204: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	205: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_11>
	206: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	207: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	208: StXMemW dst: rfp src: r2 off: -152 imm: 0
	209: StXMemW dst: rfp src: r1 off: -148 imm: 0
	210: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	211: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	212: StXMemH dst: rfp src: r2 off: -144 imm: 0
	213: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_11:
	214: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	216: MovReg dst: r2 src: rfp
	217: AddImm dst: r2 imm: -152
	218: MovReg dst: r3 src: rfp
	219: AddImm dst: r3 imm: -108
	220: MovImm dst: r4 imm: 0
	221: Call FnMapUpdateElem
ct_norecord_10:
	222: MovImm dst: r0 imm: 0
	223: Exit
malformed:
	   ; truncated or malformed header: drop
	224: StMemW dst: rfp src: r0 off: -76 imm: 2
	225: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	227: MovReg dst: r2 src: rfp
	228: AddImm dst: r2 imm: -76
	229: Call FnMapLookupElem
	230: JEqImm dst: r0 off: -1 imm: 0 <count_done_12>
	231: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	232: AddImm dst: r1 imm: 1
	233: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	234: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	235: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	236: AddReg dst: r2 src: r1
	237: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_12:
	238: MovImm dst: r0 imm: 2
	239: Exit
family:
	   ; IP family without addresses in this cluster: pass (not enforced)
	240: StMemW dst: rfp src: r0 off: -76 imm: 5
	241: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	243: MovReg dst: r2 src: rfp
	244: AddImm dst: r2 imm: -76
	245: Call FnMapLookupElem
	246: JEqImm dst: r0 off: -1 imm: 0 <count_done_13>
	247: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	248: AddImm dst: r1 imm: 1
	249: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	250: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	251: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	252: AddReg dst: r2 src: r1
	253: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_13:
	254: MovImm dst: r0 imm: 0
	255: Exit

== subject-300 policy_ingress (section tcx/egress, enforced=true, 496 instructions)
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
	 92: StMemB dst: rfp src: r0 off: -71 imm: 0
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 93: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	 94: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 95: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 96: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 97: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 98: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 99: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	100: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	101: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	102: StMemB dst: rfp src: r0 off: -139 imm: 0
	103: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	104: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	105: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	106: StXMemW dst: rfp src: r2 off: -152 imm: 0
	107: StXMemW dst: rfp src: r1 off: -148 imm: 0
	108: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	109: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	110: StXMemH dst: rfp src: r2 off: -144 imm: 0
	111: StXMemH dst: rfp src: r1 off: -142 imm: 0
	112: StMemB dst: rfp src: r0 off: -139 imm: 1
	113: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	114: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	116: MovReg dst: r2 src: rfp
	117: AddImm dst: r2 imm: -152
	118: Call FnMapLookupElem
	119: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	120: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	121: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	122: Ja off: -1 <ct_reply>
ct_miss_3:
	123: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	124: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	125: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	126: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	127: StXMemW dst: rfp src: r2 off: -152 imm: 0
	128: StXMemW dst: rfp src: r1 off: -148 imm: 0
	129: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	130: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	131: StXMemH dst: rfp src: r2 off: -144 imm: 0
	132: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_6:
	   ; peer identity (IPv4): exact ipcache, then prefixes, else world
	133: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	135: MovReg dst: r2 src: rfp
	136: AddImm dst: r2 imm: -152
	137: Call FnMapLookupElem
	138: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	139: StMemW dst: rfp src: r0 off: -80 imm: 2
	140: Ja off: -1 <membership>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	141: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	142: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	143: LShImm dst: r1 imm: 16
	144: OrImm dst: r1 imm: 512
	145: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
	146: StMemW dst: rfp src: r0 off: -76 imm: 3
	147: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	149: MovReg dst: r2 src: rfp
	150: AddImm dst: r2 imm: -76
	151: Call FnMapLookupElem
	152: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	153: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	154: AddImm dst: r1 imm: 1
	155: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	156: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	157: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	158: AddReg dst: r2 src: r1
	159: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	160: MovImm dst: r0 imm: 0
	161: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	162: StMemW dst: rfp src: r0 off: -76 imm: 4
	163: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	165: MovReg dst: r2 src: rfp
	166: AddImm dst: r2 imm: -76
	167: Call FnMapLookupElem
	168: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	169: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	170: AddImm dst: r1 imm: 1
	171: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	172: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	173: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	174: AddReg dst: r2 src: r1
	175: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	176: MovImm dst: r0 imm: 0
	177: Exit
have_identity:
	178: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	179: StXMemW dst: rfp src: r1 off: -80 imm: 0
membership:
	   ; selector membership of the peer identity
	180: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	182: MovReg dst: r2 src: rfp
	183: AddImm dst: r2 imm: -80
	184: Call FnMapLookupElem
	185: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	186: MovReg dst: r9 src: r0
	187: Ja off: -1 <decide>
no_identity:
	   ; peer identity unknown to the membership map: matches no selector
	188: StMemW dst: rfp src: r0 off: -76 imm: 6
	189: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	191: MovReg dst: r2 src: rfp
	192: AddImm dst: r2 imm: -76
	193: Call FnMapLookupElem
	194: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	195: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	196: AddImm dst: r1 imm: 1
	197: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	198: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	199: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	200: AddReg dst: r2 src: r1
	201: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	202: Ja off: -1 <default>
decide:
	   ; decision (hash strategy, requested hash; tree would test 3 candidates, largest class 1): table 0, group of the peer, dispatch on protocol
	203: LdXMemW dst: r1 src: r9 off: 4 imm: 0
	204: StXMemW dst: rfp src: r1 off: -172 imm: 0
	205: StMemW dst: rfp src: r0 off: -176 imm: 0
	206: MovReg dst: r1 src: r7
	207: AndImm dst: r1 imm: 511
	208: JEqImm dst: r1 off: -1 imm: 1 <hport_1>
	209: JEqImm dst: r1 off: -1 imm: 6 <hport_6>
	   ; other protocols and fragments: class 0 (ProtoAny entries)
	210: StMemW dst: rfp src: r0 off: -168 imm: 0
	211: StMemW dst: rfp src: r0 off: -160 imm: -1
	212: Ja off: -1 <dec_lookup>
hport_1:
	   ; protocol 1: port index slot 0 (3 intervals), then wide class 0
	213: StMemW dst: rfp src: r0 off: -160 imm: 0
	214: MovImm dst: r1 imm: 0
	215: Ja off: -1 <port_index>
hport_6:
	   ; protocol 6: port index slot 1 (5 intervals), then wide class 0
	216: StMemW dst: rfp src: r0 off: -160 imm: 0
	217: MovImm dst: r1 imm: 256
	218: Ja off: -1 <port_index>
port_index:
	   ; port index: block slot*256 + port>>8, then its page unless the block has one class
	219: MovReg dst: r2 src: r8
	220: RShImm dst: r2 imm: 8
	221: AddReg dst: r1 src: r2
	222: StXMemW dst: rfp src: r1 off: -164 imm: 0
	223: LoadMapPtr dst: r1 fd: 0 <policyc_pblock>
	225: MovReg dst: r2 src: rfp
	226: AddImm dst: r2 imm: -164
	227: Call FnMapLookupElem
	228: JEqImm dst: r0 off: -1 imm: 0 <default>
	229: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	230: JNEImm dst: r1 off: -1 imm: 0 <port_page>
	231: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	232: StXMemW dst: rfp src: r1 off: -168 imm: 0
	233: Ja off: -1 <dec_lookup>
port_page:
	234: SubImm32 dst: r1 imm: 1
	235: LShImm32 dst: r1 imm: 8
	236: MovReg dst: r2 src: r8
	237: AndImm dst: r2 imm: 255
	238: OrReg dst: r1 src: r2
	239: StXMemW dst: rfp src: r1 off: -164 imm: 0
	240: LoadMapPtr dst: r1 fd: 0 <policyc_ppage>
	242: MovReg dst: r2 src: rfp
	243: AddImm dst: r2 imm: -164
	244: Call FnMapLookupElem
	245: JEqImm dst: r0 off: -1 imm: 0 <default>
	246: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	247: StXMemW dst: rfp src: r1 off: -168 imm: 0
dec_lookup:
	   ; decision lookup {table, group, class}; on a miss the protocol's wide class; then the default verdict
	248: LoadMapPtr dst: r1 fd: 0 <policyc_dec>
	250: MovReg dst: r2 src: rfp
	251: AddImm dst: r2 imm: -176
	252: Call FnMapLookupElem
	253: JNEImm dst: r0 off: -1 imm: 0 <dec_hit>
	254: LdXMemW dst: r1 src: rfp off: -160 imm: 0
	255: JEq32Imm dst: r1 off: -1 imm: -1 <default>
	256: StXMemW dst: rfp src: r1 off: -168 imm: 0
	257: LoadMapPtr dst: r1 fd: 0 <policyc_dec>
	259: MovReg dst: r2 src: rfp
	260: AddImm dst: r2 imm: -176
	261: Call FnMapLookupElem
	262: JEqImm dst: r0 off: -1 imm: 0 <default>
dec_hit:
	   ; stored decision: entry id, proxy port (network order), verdict
	263: LdXMemW dst: r8 src: r0 off: 0 imm: 0
	264: LdXMemH dst: r9 src: r0 off: 4 imm: 0
	265: LdXMemB dst: r1 src: r0 off: 6 imm: 0
	266: JEqImm dst: r1 off: -1 imm: 1 <verdict_allow>
	267: JEqImm dst: r1 off: -1 imm: 2 <verdict_redirect>
	268: Ja off: -1 <verdict_deny>
default:
	   ; no entry matches: deny (enforced=true)
	269: MovImm dst: r8 imm: 0
	270: Ja off: -1 <verdict_deny>
verdict_deny:
	   ; verdict deny: count, emit an event, drop (never recorded)
	271: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	272: XorReg dst: r8 src: r1
	273: XorReg dst: r8 src: r1
	274: StXMemW dst: rfp src: r8 off: -76 imm: 0
	275: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	277: MovReg dst: r2 src: rfp
	278: AddImm dst: r2 imm: -76
	279: Call FnMapLookupElem
	280: JEqImm dst: r0 off: -1 imm: 0 <count_done_10>
	281: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	282: AddImm dst: r1 imm: 1
	283: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	284: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	285: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	286: AddReg dst: r2 src: r1
	287: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_10:
	288: StMemW dst: rfp src: r0 off: -60 imm: 300
	289: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	290: StXMemW dst: rfp src: r1 off: -64 imm: 0
	291: StXMemW dst: rfp src: r8 off: -56 imm: 0
	292: StMemW dst: rfp src: r0 off: -44 imm: 0
	293: StMemW dst: rfp src: r0 off: -40 imm: 0
	294: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	295: StXMemW dst: rfp src: r1 off: -52 imm: 0
	296: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	297: OrImm dst: r1 imm: 67108864
	298: StXMemW dst: rfp src: r1 off: -48 imm: 0
	299: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	300: StXMemW dst: rfp src: r1 off: -36 imm: 0
	301: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	302: StXMemW dst: rfp src: r1 off: -20 imm: 0
	303: StMemW dst: rfp src: r0 off: -32 imm: 0
	304: StMemW dst: rfp src: r0 off: -16 imm: 0
	305: StMemW dst: rfp src: r0 off: -28 imm: 0
	306: StMemW dst: rfp src: r0 off: -12 imm: 0
	307: StMemW dst: rfp src: r0 off: -24 imm: 0
	308: StMemW dst: rfp src: r0 off: -8 imm: 0
	309: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	311: MovReg dst: r2 src: rfp
	312: AddImm dst: r2 imm: -64
	313: MovImm dst: r3 imm: 60
	314: MovImm dst: r4 imm: 0
	315: Call FnRingbufOutput
	316: MovImm dst: r0 imm: 2
	317: Exit
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	318: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	319: XorReg dst: r8 src: r1
	320: XorReg dst: r8 src: r1
	321: StXMemW dst: rfp src: r8 off: -76 imm: 0
	322: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	324: MovReg dst: r2 src: rfp
	325: AddImm dst: r2 imm: -76
	326: Call FnMapLookupElem
	327: JEqImm dst: r0 off: -1 imm: 0 <count_done_11>
	328: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	329: AddImm dst: r1 imm: 1
	330: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	331: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	332: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	333: AddReg dst: r2 src: r1
	334: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_11:
	335: StMemW dst: rfp src: r0 off: -60 imm: 300
	336: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	337: StXMemW dst: rfp src: r1 off: -64 imm: 0
	338: StXMemW dst: rfp src: r8 off: -56 imm: 0
	339: StMemW dst: rfp src: r0 off: -44 imm: 0
	340: StMemW dst: rfp src: r0 off: -40 imm: 0
	341: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	342: StXMemW dst: rfp src: r1 off: -52 imm: 0
	343: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	344: OrImm dst: r1 imm: 67109120
	345: StXMemW dst: rfp src: r1 off: -48 imm: 0
	346: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	347: StXMemW dst: rfp src: r1 off: -36 imm: 0
	348: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	349: StXMemW dst: rfp src: r1 off: -20 imm: 0
	350: StMemW dst: rfp src: r0 off: -32 imm: 0
	351: StMemW dst: rfp src: r0 off: -16 imm: 0
	352: StMemW dst: rfp src: r0 off: -28 imm: 0
	353: StMemW dst: rfp src: r0 off: -12 imm: 0
	354: StMemW dst: rfp src: r0 off: -24 imm: 0
	355: StMemW dst: rfp src: r0 off: -8 imm: 0
	356: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	358: MovReg dst: r2 src: rfp
	359: AddImm dst: r2 imm: -64
	360: MovImm dst: r3 imm: 60
	361: MovImm dst: r4 imm: 0
	362: Call FnRingbufOutput
	363: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_12>
	364: StXMemW dst: rfp src: r8 off: -108 imm: 0
	365: StMemH dst: rfp src: r0 off: -104 imm: 0
	366: StMemB dst: rfp src: r0 off: -102 imm: 1
	367: StMemB dst: rfp src: r0 off: -101 imm: 0
	368: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	369: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_13>
	370: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	371: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	372: StXMemW dst: rfp src: r2 off: -152 imm: 0
	373: StXMemW dst: rfp src: r1 off: -148 imm: 0
	374: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	375: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	376: StXMemH dst: rfp src: r2 off: -144 imm: 0
	377: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_13:
	378: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	380: MovReg dst: r2 src: rfp
	381: AddImm dst: r2 imm: -152
	382: MovReg dst: r3 src: rfp
	383: AddImm dst: r3 imm: -108
	384: MovImm dst: r4 imm: 0
	385: Call FnMapUpdateElem
ct_norecord_12:
	386: MovImm dst: r0 imm: 0
	387: Exit
verdict_redirect:
	   ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	388: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	389: XorReg dst: r8 src: r1
	390: XorReg dst: r8 src: r1
	391: StXMemW dst: rfp src: r8 off: -76 imm: 0
	392: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	394: MovReg dst: r2 src: rfp
	395: AddImm dst: r2 imm: -76
	396: Call FnMapLookupElem
	397: JEqImm dst: r0 off: -1 imm: 0 <count_done_14>
	398: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	399: AddImm dst: r1 imm: 1
	400: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	401: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	402: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	403: AddReg dst: r2 src: r1
	404: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_14:
	405: MovReg dst: r1 src: r9
	406: LShImm dst: r1 imm: 16
	407: OrImm dst: r1 imm: 512
	408: StXMemW dst: r6 src: r1 off: 8 imm: 0
	409: StMemW dst: rfp src: r0 off: -60 imm: 300
	410: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	411: StXMemW dst: rfp src: r1 off: -64 imm: 0
	412: StXMemW dst: rfp src: r8 off: -56 imm: 0
	413: StMemW dst: rfp src: r0 off: -44 imm: 0
	414: MovReg dst: r1 src: r9
	415: AndImm dst: r1 imm: 65535
	416: StXMemW dst: rfp src: r1 off: -40 imm: 0
	417: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	418: StXMemW dst: rfp src: r1 off: -52 imm: 0
	419: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	420: OrImm dst: r1 imm: 67109376
	421: StXMemW dst: rfp src: r1 off: -48 imm: 0
	422: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	423: StXMemW dst: rfp src: r1 off: -36 imm: 0
	424: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	425: StXMemW dst: rfp src: r1 off: -20 imm: 0
	426: StMemW dst: rfp src: r0 off: -32 imm: 0
	427: StMemW dst: rfp src: r0 off: -16 imm: 0
	428: StMemW dst: rfp src: r0 off: -28 imm: 0
	429: StMemW dst: rfp src: r0 off: -12 imm: 0
	430: StMemW dst: rfp src: r0 off: -24 imm: 0
	431: StMemW dst: rfp src: r0 off: -8 imm: 0
	432: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	434: MovReg dst: r2 src: rfp
	435: AddImm dst: r2 imm: -64
	436: MovImm dst: r3 imm: 60
	437: MovImm dst: r4 imm: 0
	438: Call FnRingbufOutput
	439: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_15>
	440: StXMemW dst: rfp src: r8 off: -108 imm: 0
	441: StXMemH dst: rfp src: r9 off: -104 imm: 0
	442: StMemB dst: rfp src: r0 off: -102 imm: 2
	443: StMemB dst: rfp src: r0 off: -101 imm: 0
	444: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	445: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_16>
	446: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	447: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	448: StXMemW dst: rfp src: r2 off: -152 imm: 0
	449: StXMemW dst: rfp src: r1 off: -148 imm: 0
	450: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	451: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	452: StXMemH dst: rfp src: r2 off: -144 imm: 0
	453: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_16:
	454: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	456: MovReg dst: r2 src: rfp
	457: AddImm dst: r2 imm: -152
	458: MovReg dst: r3 src: rfp
	459: AddImm dst: r3 imm: -108
	460: MovImm dst: r4 imm: 0
	461: Call FnMapUpdateElem
ct_norecord_15:
	462: MovImm dst: r0 imm: 0
	463: Exit
malformed:
	   ; truncated or malformed header: drop
	464: StMemW dst: rfp src: r0 off: -76 imm: 2
	465: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	467: MovReg dst: r2 src: rfp
	468: AddImm dst: r2 imm: -76
	469: Call FnMapLookupElem
	470: JEqImm dst: r0 off: -1 imm: 0 <count_done_17>
	471: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	472: AddImm dst: r1 imm: 1
	473: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	474: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	475: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	476: AddReg dst: r2 src: r1
	477: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_17:
	478: MovImm dst: r0 imm: 2
	479: Exit
family:
	   ; IP family without addresses in this cluster: drop (enforced)
	480: StMemW dst: rfp src: r0 off: -76 imm: 5
	481: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	483: MovReg dst: r2 src: rfp
	484: AddImm dst: r2 imm: -76
	485: Call FnMapLookupElem
	486: JEqImm dst: r0 off: -1 imm: 0 <count_done_18>
	487: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	488: AddImm dst: r1 imm: 1
	489: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	490: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	491: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	492: AddReg dst: r2 src: r1
	493: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_18:
	494: MovImm dst: r0 imm: 2
	495: Exit

== subject-300 policy_egress (section tcx/ingress, enforced=true, 248 instructions)
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
	 92: StMemB dst: rfp src: r0 off: -71 imm: 0
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 93: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	 94: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 95: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 96: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 97: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 98: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 99: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	100: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	101: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	102: StMemB dst: rfp src: r0 off: -139 imm: 0
	103: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	104: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	105: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	106: StXMemW dst: rfp src: r2 off: -152 imm: 0
	107: StXMemW dst: rfp src: r1 off: -148 imm: 0
	108: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	109: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	110: StXMemH dst: rfp src: r2 off: -144 imm: 0
	111: StXMemH dst: rfp src: r1 off: -142 imm: 0
	112: StMemB dst: rfp src: r0 off: -139 imm: 0
	113: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	114: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	116: MovReg dst: r2 src: rfp
	117: AddImm dst: r2 imm: -152
	118: Call FnMapLookupElem
	119: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	120: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	121: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	122: Ja off: -1 <ct_reply>
ct_miss_3:
	123: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	124: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	125: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	126: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	127: StXMemW dst: rfp src: r2 off: -152 imm: 0
	128: StXMemW dst: rfp src: r1 off: -148 imm: 0
	129: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	130: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	131: StXMemH dst: rfp src: r2 off: -144 imm: 0
	132: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_6:
	133: StMemW dst: rfp src: r0 off: -80 imm: 0
	134: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	135: StMemW dst: rfp src: r0 off: -76 imm: 3
	136: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	138: MovReg dst: r2 src: rfp
	139: AddImm dst: r2 imm: -76
	140: Call FnMapLookupElem
	141: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	142: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	143: AddImm dst: r1 imm: 1
	144: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	145: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	146: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	147: AddReg dst: r2 src: r1
	148: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	149: MovImm dst: r0 imm: 0
	150: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	151: StMemW dst: rfp src: r0 off: -76 imm: 4
	152: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	154: MovReg dst: r2 src: rfp
	155: AddImm dst: r2 imm: -76
	156: Call FnMapLookupElem
	157: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	158: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	159: AddImm dst: r1 imm: 1
	160: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	161: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	162: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	163: AddReg dst: r2 src: r1
	164: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	165: MovImm dst: r0 imm: 0
	166: Exit
default:
	   ; no entry matches: deny (enforced=true)
	167: MovImm dst: r8 imm: 0
	168: Ja off: -1 <verdict_deny>
verdict_deny:
	   ; verdict deny: count, emit an event, drop (never recorded)
	169: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	170: XorReg dst: r8 src: r1
	171: XorReg dst: r8 src: r1
	172: StXMemW dst: rfp src: r8 off: -76 imm: 0
	173: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	175: MovReg dst: r2 src: rfp
	176: AddImm dst: r2 imm: -76
	177: Call FnMapLookupElem
	178: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	179: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	180: AddImm dst: r1 imm: 1
	181: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	182: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	183: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	184: AddReg dst: r2 src: r1
	185: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	186: StMemW dst: rfp src: r0 off: -64 imm: 300
	187: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	188: StXMemW dst: rfp src: r1 off: -60 imm: 0
	189: StXMemW dst: rfp src: r8 off: -56 imm: 0
	190: StMemW dst: rfp src: r0 off: -44 imm: 0
	191: StMemW dst: rfp src: r0 off: -40 imm: 0
	192: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	193: StXMemW dst: rfp src: r1 off: -52 imm: 0
	194: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	195: OrImm dst: r1 imm: 67174400
	196: StXMemW dst: rfp src: r1 off: -48 imm: 0
	197: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	198: StXMemW dst: rfp src: r1 off: -36 imm: 0
	199: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	200: StXMemW dst: rfp src: r1 off: -20 imm: 0
	201: StMemW dst: rfp src: r0 off: -32 imm: 0
	202: StMemW dst: rfp src: r0 off: -16 imm: 0
	203: StMemW dst: rfp src: r0 off: -28 imm: 0
	204: StMemW dst: rfp src: r0 off: -12 imm: 0
	205: StMemW dst: rfp src: r0 off: -24 imm: 0
	206: StMemW dst: rfp src: r0 off: -8 imm: 0
	207: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	209: MovReg dst: r2 src: rfp
	210: AddImm dst: r2 imm: -64
	211: MovImm dst: r3 imm: 60
	212: MovImm dst: r4 imm: 0
	213: Call FnRingbufOutput
	214: MovImm dst: r0 imm: 2
	215: Exit
malformed:
	   ; truncated or malformed header: drop
	216: StMemW dst: rfp src: r0 off: -76 imm: 2
	217: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	219: MovReg dst: r2 src: rfp
	220: AddImm dst: r2 imm: -76
	221: Call FnMapLookupElem
	222: JEqImm dst: r0 off: -1 imm: 0 <count_done_10>
	223: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	224: AddImm dst: r1 imm: 1
	225: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	226: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	227: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	228: AddReg dst: r2 src: r1
	229: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_10:
	230: MovImm dst: r0 imm: 2
	231: Exit
family:
	   ; IP family without addresses in this cluster: drop (enforced)
	232: StMemW dst: rfp src: r0 off: -76 imm: 5
	233: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	235: MovReg dst: r2 src: rfp
	236: AddImm dst: r2 imm: -76
	237: Call FnMapLookupElem
	238: JEqImm dst: r0 off: -1 imm: 0 <count_done_11>
	239: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	240: AddImm dst: r1 imm: 1
	241: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	242: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	243: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	244: AddReg dst: r2 src: r1
	245: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_11:
	246: MovImm dst: r0 imm: 2
	247: Exit

