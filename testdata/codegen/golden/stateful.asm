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

== subject-300 policy_ingress (section tcx/egress, enforced=true, 466 instructions)
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
	   ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	203: MovReg dst: r1 src: r7
	204: AndImm dst: r1 imm: 511
	205: JEqImm dst: r1 off: -1 imm: 1 <tree_1>
	206: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	207: Ja off: -1 <class_0>
tree_1:
	   ; protocol 1: port compare tree over 3 intervals
	208: JGEImm dst: r8 off: -1 imm: 8 <ge_10>
	209: Ja off: -1 <class_0>
ge_10:
	210: JGEImm dst: r8 off: -1 imm: 9 <ge_11>
	211: Ja off: -1 <class_1>
ge_11:
	212: Ja off: -1 <class_0>
tree_6:
	   ; protocol 6: port compare tree over 5 intervals
	213: JGEImm dst: r8 off: -1 imm: 81 <ge_12>
	214: JGEImm dst: r8 off: -1 imm: 80 <ge_13>
	215: Ja off: -1 <class_0>
ge_13:
	216: Ja off: -1 <class_2>
ge_12:
	217: JGEImm dst: r8 off: -1 imm: 8080 <ge_14>
	218: Ja off: -1 <class_0>
ge_14:
	219: JGEImm dst: r8 off: -1 imm: 8081 <ge_15>
	220: Ja off: -1 <class_3>
ge_15:
	221: Ja off: -1 <class_0>
class_0:
	   ; class 0: candidates in precedence order []
	222: Ja off: -1 <default>
class_1:
	   ; class 1: candidates in precedence order [2]
	223: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	224: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry2_16>
	225: Ja off: -1 <default>
c1_entry2_16:
	   ; entry 2 allow peer={k8s.app=a} proto=1 ports=8-8: no origin
	226: MovImm dst: r8 imm: 2
	227: Ja off: -1 <verdict_allow>
class_2:
	   ; class 2: candidates in precedence order [1]
	228: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	229: JSet32Imm dst: r1 off: -1 imm: 1 <c2_entry1_17>
	230: Ja off: -1 <default>
c2_entry1_17:
	   ; entry 1 allow peer={k8s.app=a} proto=6 ports=80-80: no origin
	231: MovImm dst: r8 imm: 1
	232: Ja off: -1 <verdict_allow>
class_3:
	   ; class 3: candidates in precedence order [3]
	233: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	234: JSet32Imm dst: r1 off: -1 imm: 1 <c3_entry3_18>
	235: Ja off: -1 <default>
c3_entry3_18:
	   ; entry 3 redirect peer={k8s.app=a} proto=6 ports=8080-8080: no origin
	236: MovImm dst: r8 imm: 3
	237: MovImm dst: r9 imm: 39226
	238: Ja off: -1 <verdict_redirect>
default:
	   ; no entry matches: deny (enforced=true)
	239: MovImm dst: r8 imm: 0
	240: Ja off: -1 <verdict_deny>
verdict_deny:
	   ; verdict deny: count, emit an event, drop (never recorded)
	241: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	242: XorReg dst: r8 src: r1
	243: XorReg dst: r8 src: r1
	244: StXMemW dst: rfp src: r8 off: -76 imm: 0
	245: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	247: MovReg dst: r2 src: rfp
	248: AddImm dst: r2 imm: -76
	249: Call FnMapLookupElem
	250: JEqImm dst: r0 off: -1 imm: 0 <count_done_19>
	251: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	252: AddImm dst: r1 imm: 1
	253: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	254: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	255: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	256: AddReg dst: r2 src: r1
	257: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_19:
	258: StMemW dst: rfp src: r0 off: -60 imm: 300
	259: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	260: StXMemW dst: rfp src: r1 off: -64 imm: 0
	261: StXMemW dst: rfp src: r8 off: -56 imm: 0
	262: StMemW dst: rfp src: r0 off: -44 imm: 0
	263: StMemW dst: rfp src: r0 off: -40 imm: 0
	264: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	265: StXMemW dst: rfp src: r1 off: -52 imm: 0
	266: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	267: OrImm dst: r1 imm: 67108864
	268: StXMemW dst: rfp src: r1 off: -48 imm: 0
	269: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	270: StXMemW dst: rfp src: r1 off: -36 imm: 0
	271: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	272: StXMemW dst: rfp src: r1 off: -20 imm: 0
	273: StMemW dst: rfp src: r0 off: -32 imm: 0
	274: StMemW dst: rfp src: r0 off: -16 imm: 0
	275: StMemW dst: rfp src: r0 off: -28 imm: 0
	276: StMemW dst: rfp src: r0 off: -12 imm: 0
	277: StMemW dst: rfp src: r0 off: -24 imm: 0
	278: StMemW dst: rfp src: r0 off: -8 imm: 0
	279: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	281: MovReg dst: r2 src: rfp
	282: AddImm dst: r2 imm: -64
	283: MovImm dst: r3 imm: 60
	284: MovImm dst: r4 imm: 0
	285: Call FnRingbufOutput
	286: MovImm dst: r0 imm: 2
	287: Exit
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	288: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	289: XorReg dst: r8 src: r1
	290: XorReg dst: r8 src: r1
	291: StXMemW dst: rfp src: r8 off: -76 imm: 0
	292: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	294: MovReg dst: r2 src: rfp
	295: AddImm dst: r2 imm: -76
	296: Call FnMapLookupElem
	297: JEqImm dst: r0 off: -1 imm: 0 <count_done_20>
	298: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	299: AddImm dst: r1 imm: 1
	300: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	301: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	302: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	303: AddReg dst: r2 src: r1
	304: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_20:
	305: StMemW dst: rfp src: r0 off: -60 imm: 300
	306: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	307: StXMemW dst: rfp src: r1 off: -64 imm: 0
	308: StXMemW dst: rfp src: r8 off: -56 imm: 0
	309: StMemW dst: rfp src: r0 off: -44 imm: 0
	310: StMemW dst: rfp src: r0 off: -40 imm: 0
	311: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	312: StXMemW dst: rfp src: r1 off: -52 imm: 0
	313: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	314: OrImm dst: r1 imm: 67109120
	315: StXMemW dst: rfp src: r1 off: -48 imm: 0
	316: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	317: StXMemW dst: rfp src: r1 off: -36 imm: 0
	318: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	319: StXMemW dst: rfp src: r1 off: -20 imm: 0
	320: StMemW dst: rfp src: r0 off: -32 imm: 0
	321: StMemW dst: rfp src: r0 off: -16 imm: 0
	322: StMemW dst: rfp src: r0 off: -28 imm: 0
	323: StMemW dst: rfp src: r0 off: -12 imm: 0
	324: StMemW dst: rfp src: r0 off: -24 imm: 0
	325: StMemW dst: rfp src: r0 off: -8 imm: 0
	326: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	328: MovReg dst: r2 src: rfp
	329: AddImm dst: r2 imm: -64
	330: MovImm dst: r3 imm: 60
	331: MovImm dst: r4 imm: 0
	332: Call FnRingbufOutput
	333: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_21>
	334: StXMemW dst: rfp src: r8 off: -108 imm: 0
	335: StMemH dst: rfp src: r0 off: -104 imm: 0
	336: StMemB dst: rfp src: r0 off: -102 imm: 1
	337: StMemB dst: rfp src: r0 off: -101 imm: 0
	338: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	339: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_22>
	340: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	341: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	342: StXMemW dst: rfp src: r2 off: -152 imm: 0
	343: StXMemW dst: rfp src: r1 off: -148 imm: 0
	344: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	345: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	346: StXMemH dst: rfp src: r2 off: -144 imm: 0
	347: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_22:
	348: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	350: MovReg dst: r2 src: rfp
	351: AddImm dst: r2 imm: -152
	352: MovReg dst: r3 src: rfp
	353: AddImm dst: r3 imm: -108
	354: MovImm dst: r4 imm: 0
	355: Call FnMapUpdateElem
ct_norecord_21:
	356: MovImm dst: r0 imm: 0
	357: Exit
verdict_redirect:
	   ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	358: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	359: XorReg dst: r8 src: r1
	360: XorReg dst: r8 src: r1
	361: StXMemW dst: rfp src: r8 off: -76 imm: 0
	362: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	364: MovReg dst: r2 src: rfp
	365: AddImm dst: r2 imm: -76
	366: Call FnMapLookupElem
	367: JEqImm dst: r0 off: -1 imm: 0 <count_done_23>
	368: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	369: AddImm dst: r1 imm: 1
	370: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	371: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	372: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	373: AddReg dst: r2 src: r1
	374: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_23:
	375: MovReg dst: r1 src: r9
	376: LShImm dst: r1 imm: 16
	377: OrImm dst: r1 imm: 512
	378: StXMemW dst: r6 src: r1 off: 8 imm: 0
	379: StMemW dst: rfp src: r0 off: -60 imm: 300
	380: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	381: StXMemW dst: rfp src: r1 off: -64 imm: 0
	382: StXMemW dst: rfp src: r8 off: -56 imm: 0
	383: StMemW dst: rfp src: r0 off: -44 imm: 0
	384: MovReg dst: r1 src: r9
	385: AndImm dst: r1 imm: 65535
	386: StXMemW dst: rfp src: r1 off: -40 imm: 0
	387: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	388: StXMemW dst: rfp src: r1 off: -52 imm: 0
	389: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	390: OrImm dst: r1 imm: 67109376
	391: StXMemW dst: rfp src: r1 off: -48 imm: 0
	392: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	393: StXMemW dst: rfp src: r1 off: -36 imm: 0
	394: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	395: StXMemW dst: rfp src: r1 off: -20 imm: 0
	396: StMemW dst: rfp src: r0 off: -32 imm: 0
	397: StMemW dst: rfp src: r0 off: -16 imm: 0
	398: StMemW dst: rfp src: r0 off: -28 imm: 0
	399: StMemW dst: rfp src: r0 off: -12 imm: 0
	400: StMemW dst: rfp src: r0 off: -24 imm: 0
	401: StMemW dst: rfp src: r0 off: -8 imm: 0
	402: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	404: MovReg dst: r2 src: rfp
	405: AddImm dst: r2 imm: -64
	406: MovImm dst: r3 imm: 60
	407: MovImm dst: r4 imm: 0
	408: Call FnRingbufOutput
	409: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_24>
	410: StXMemW dst: rfp src: r8 off: -108 imm: 0
	411: StXMemH dst: rfp src: r9 off: -104 imm: 0
	412: StMemB dst: rfp src: r0 off: -102 imm: 2
	413: StMemB dst: rfp src: r0 off: -101 imm: 0
	414: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	415: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_25>
	416: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	417: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	418: StXMemW dst: rfp src: r2 off: -152 imm: 0
	419: StXMemW dst: rfp src: r1 off: -148 imm: 0
	420: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	421: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	422: StXMemH dst: rfp src: r2 off: -144 imm: 0
	423: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_25:
	424: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	426: MovReg dst: r2 src: rfp
	427: AddImm dst: r2 imm: -152
	428: MovReg dst: r3 src: rfp
	429: AddImm dst: r3 imm: -108
	430: MovImm dst: r4 imm: 0
	431: Call FnMapUpdateElem
ct_norecord_24:
	432: MovImm dst: r0 imm: 0
	433: Exit
malformed:
	   ; truncated or malformed header: drop
	434: StMemW dst: rfp src: r0 off: -76 imm: 2
	435: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	437: MovReg dst: r2 src: rfp
	438: AddImm dst: r2 imm: -76
	439: Call FnMapLookupElem
	440: JEqImm dst: r0 off: -1 imm: 0 <count_done_26>
	441: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	442: AddImm dst: r1 imm: 1
	443: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	444: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	445: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	446: AddReg dst: r2 src: r1
	447: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_26:
	448: MovImm dst: r0 imm: 2
	449: Exit
family:
	   ; IP family without addresses in this cluster: drop (enforced)
	450: StMemW dst: rfp src: r0 off: -76 imm: 5
	451: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	453: MovReg dst: r2 src: rfp
	454: AddImm dst: r2 imm: -76
	455: Call FnMapLookupElem
	456: JEqImm dst: r0 off: -1 imm: 0 <count_done_27>
	457: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	458: AddImm dst: r1 imm: 1
	459: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	460: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	461: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	462: AddReg dst: r2 src: r1
	463: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_27:
	464: MovImm dst: r0 imm: 2
	465: Exit

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

