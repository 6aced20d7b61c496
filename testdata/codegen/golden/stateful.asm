== subject-256 policy_ingress (section tcx/egress, enforced=false, 286 instructions)
	   ; ingress policy of identity 256 (enforced=false): make the headers linear
	  0: MovReg dst: r6 src: r1
	  1: LdXMemW dst: r5 src: r6 off: 0 imm: 0
	  2: JLEImm dst: r5 off: -1 imm: 512 <pull_len>
	  3: MovImm dst: r5 imm: 512
pull_len:
	  4: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	  5: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	  6: MovReg dst: r4 src: r2
	  7: AddReg dst: r4 src: r5
	  8: JLEReg dst: r4 off: -1 src: r3 <parse_eth>
	   ; linear part shorter than min(len, 512): bpf_skb_pull_data (a failure leaves the bounds checks below to find the headers missing: malformed)
	  9: MovReg dst: r1 src: r6
	 10: MovReg dst: r2 src: r5
	 11: Call FnSkbPullData
parse_eth:
	   ; parse Ethernet
	 12: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	 13: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	 14: MovReg dst: r4 src: r2
	 15: AddImm dst: r4 imm: 14
	 16: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 17: LdXMemH dst: r5 src: r2 off: 12 imm: 0
	 18: JNEImm dst: r5 off: -1 imm: 129 <l3>
	   ; 802.1Q tag
	 19: MovReg dst: r4 src: r2
	 20: AddImm dst: r4 imm: 18
	 21: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 22: LdXMemH dst: r5 src: r2 off: 16 imm: 0
l3:
	 23: JEqImm dst: r5 off: -1 imm: 8 <ipv4>
	 24: JEqImm dst: r5 off: -1 imm: 56710 <family>
	   ; not IP: pass
	 25: StMemW dst: rfp src: r0 off: -140 imm: 1
	 26: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 28: MovReg dst: r2 src: rfp
	 29: AddImm dst: r2 imm: -140
	 30: Call FnMapLookupElem
	 31: JEqImm dst: r0 off: -1 imm: 0 <count_done_1>
	 32: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 33: AddImm dst: r1 imm: 1
	 34: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 35: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 36: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 37: AddReg dst: r2 src: r1
	 38: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_1:
	 39: MovImm dst: r0 imm: 0
	 40: Exit
ipv4:
	   ; IPv4 header (options allowed, non-first fragments flagged)
	 41: MovReg dst: r0 src: r4
	 42: AddImm dst: r0 imm: 20
	 43: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 44: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 45: MovReg dst: r5 src: r1
	 46: AndImm dst: r5 imm: 240
	 47: JNEImm dst: r5 off: -1 imm: 64 <malformed>
	 48: AndImm dst: r1 imm: 15
	 49: JLTImm dst: r1 off: -1 imm: 5 <malformed>
	 50: LShImm dst: r1 imm: 2
	 51: MovImm dst: r7 imm: 0
	 52: LdXMemH dst: r5 src: r4 off: 6 imm: 0
	 53: SwapBE dst: r5 
	 54: AndImm dst: r5 imm: 8191
	 55: JEqImm dst: r5 off: -1 imm: 0 <v4_first>
	 56: MovImm dst: r7 imm: 768
v4_first:
	 57: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 58: StXMemW dst: rfp src: r5 off: -216 imm: 0
	 59: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 60: StXMemW dst: rfp src: r5 off: -212 imm: 0
	 61: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	 62: AddReg dst: r4 src: r1
l4_4:
	   ; transport header (IPv4)
	 63: OrReg dst: r7 src: r5
	 64: MovImm dst: r8 imm: 0
	 65: StMemW dst: rfp src: r0 off: -208 imm: 0
	 66: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	 67: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	 68: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	 69: Ja off: -1 <l4done_4>
tcp_4:
	 70: MovReg dst: r0 src: r4
	 71: AddImm dst: r0 imm: 20
	 72: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 73: Ja off: -1 <ports_4>
udp_4:
	 74: MovReg dst: r0 src: r4
	 75: AddImm dst: r0 imm: 8
	 76: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 77: Ja off: -1 <ports_4>
ports_4:
	 78: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 79: StXMemW dst: rfp src: r1 off: -208 imm: 0
	 80: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 81: SwapBE dst: r8 
	 82: Ja off: -1 <l4done_4>
l4done_4:
	 83: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 84: StMemB dst: rfp src: r0 off: -203 imm: 0
	 85: StMemH dst: rfp src: r0 off: -202 imm: 0
	 86: StMemW dst: rfp src: r0 off: -200 imm: 256
	 87: StMemB dst: rfp src: r0 off: -136 imm: 4
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 88: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 89: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 90: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 91: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 92: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 93: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 94: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 95: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 96: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 97: StMemB dst: rfp src: r0 off: -203 imm: 0
	 98: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	 99: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	100: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	101: StXMemW dst: rfp src: r2 off: -216 imm: 0
	102: StXMemW dst: rfp src: r1 off: -212 imm: 0
	103: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	104: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	105: StXMemH dst: rfp src: r2 off: -208 imm: 0
	106: StXMemH dst: rfp src: r1 off: -206 imm: 0
	107: StMemH dst: rfp src: r0 off: -202 imm: 0
	108: StMemB dst: rfp src: r0 off: -203 imm: 1
	109: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	111: MovReg dst: r2 src: rfp
	112: AddImm dst: r2 imm: -216
	113: Call FnMapLookupElem
	114: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	115: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	116: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	117: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	118: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	119: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	120: StXMemW dst: rfp src: r2 off: -216 imm: 0
	121: StXMemW dst: rfp src: r1 off: -212 imm: 0
	122: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	123: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	124: StXMemH dst: rfp src: r2 off: -208 imm: 0
	125: StXMemH dst: rfp src: r1 off: -206 imm: 0
	126: StMemH dst: rfp src: r0 off: -202 imm: 0
	127: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	128: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	130: MovReg dst: r2 src: rfp
	131: AddImm dst: r2 imm: -216
	132: Call FnMapLookupElem
	133: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	134: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	135: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	136: Ja off: -1 <ct_reply>
ct_miss_3:
	137: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_skip_2:
	138: StMemW dst: rfp src: r0 off: -144 imm: 0
	139: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	140: StMemW dst: rfp src: r0 off: -140 imm: 3
	141: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	143: MovReg dst: r2 src: rfp
	144: AddImm dst: r2 imm: -140
	145: Call FnMapLookupElem
	146: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	147: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	148: AddImm dst: r1 imm: 1
	149: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	150: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	151: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	152: AddReg dst: r2 src: r1
	153: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	154: MovImm dst: r0 imm: 0
	155: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	156: StMemW dst: rfp src: r0 off: -140 imm: 4
	157: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	159: MovReg dst: r2 src: rfp
	160: AddImm dst: r2 imm: -140
	161: Call FnMapLookupElem
	162: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	163: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	164: AddImm dst: r1 imm: 1
	165: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	166: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	167: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	168: AddReg dst: r2 src: r1
	169: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	170: MovImm dst: r0 imm: 0
	171: Exit
default:
	   ; no entry matches: allow (enforced=false)
	172: MovImm dst: r8 imm: 0
	173: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	174: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	175: XorReg dst: r8 src: r1
	176: XorReg dst: r8 src: r1
	177: StXMemW dst: rfp src: r8 off: -140 imm: 0
	178: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	180: MovReg dst: r2 src: rfp
	181: AddImm dst: r2 imm: -140
	182: Call FnMapLookupElem
	183: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	184: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	185: AddImm dst: r1 imm: 1
	186: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	187: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	188: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	189: AddReg dst: r2 src: r1
	190: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	191: StMemW dst: rfp src: r0 off: -60 imm: 256
	192: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	193: StXMemW dst: rfp src: r1 off: -64 imm: 0
	194: StXMemW dst: rfp src: r8 off: -56 imm: 0
	195: StMemW dst: rfp src: r0 off: -44 imm: 0
	196: StMemW dst: rfp src: r0 off: -40 imm: 0
	197: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	198: StXMemW dst: rfp src: r1 off: -52 imm: 0
	199: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	200: OrImm dst: r1 imm: 67109120
	201: StXMemW dst: rfp src: r1 off: -48 imm: 0
	202: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	203: StXMemW dst: rfp src: r1 off: -36 imm: 0
	204: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	205: StXMemW dst: rfp src: r1 off: -20 imm: 0
	206: StMemW dst: rfp src: r0 off: -32 imm: 0
	207: StMemW dst: rfp src: r0 off: -16 imm: 0
	208: StMemW dst: rfp src: r0 off: -28 imm: 0
	209: StMemW dst: rfp src: r0 off: -12 imm: 0
	210: StMemW dst: rfp src: r0 off: -24 imm: 0
	211: StMemW dst: rfp src: r0 off: -8 imm: 0
	212: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	214: MovReg dst: r2 src: rfp
	215: AddImm dst: r2 imm: -64
	216: MovImm dst: r3 imm: 60
	217: MovImm dst: r4 imm: 0
	218: Call FnRingbufOutput
	219: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_10>
	220: StXMemW dst: rfp src: r8 off: -172 imm: 0
	221: StMemH dst: rfp src: r0 off: -168 imm: 0
	222: StMemB dst: rfp src: r0 off: -166 imm: 1
	223: StMemB dst: rfp src: r0 off: -165 imm: 0
	224: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	225: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	226: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	227: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	228: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	229: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	230: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	231: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	232: StMemB dst: rfp src: r0 off: -203 imm: 0
	233: Ja off: -1 <ct_ordered_11>
ct_swap_12:
	234: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	235: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	236: StXMemW dst: rfp src: r2 off: -216 imm: 0
	237: StXMemW dst: rfp src: r1 off: -212 imm: 0
	238: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	239: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	240: StXMemH dst: rfp src: r2 off: -208 imm: 0
	241: StXMemH dst: rfp src: r1 off: -206 imm: 0
	242: StMemH dst: rfp src: r0 off: -202 imm: 0
	243: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_11:
	244: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	246: MovReg dst: r2 src: rfp
	247: AddImm dst: r2 imm: -216
	248: MovReg dst: r3 src: rfp
	249: AddImm dst: r3 imm: -172
	250: MovImm dst: r4 imm: 0
	251: Call FnMapUpdateElem
ct_norecord_10:
	252: MovImm dst: r0 imm: 0
	253: Exit
malformed:
	   ; truncated or malformed header: drop
	254: StMemW dst: rfp src: r0 off: -140 imm: 2
	255: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	257: MovReg dst: r2 src: rfp
	258: AddImm dst: r2 imm: -140
	259: Call FnMapLookupElem
	260: JEqImm dst: r0 off: -1 imm: 0 <count_done_13>
	261: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	262: AddImm dst: r1 imm: 1
	263: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	264: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	265: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	266: AddReg dst: r2 src: r1
	267: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_13:
	268: MovImm dst: r0 imm: 2
	269: Exit
family:
	   ; IP family without addresses in this cluster: pass (not enforced)
	270: StMemW dst: rfp src: r0 off: -140 imm: 5
	271: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	273: MovReg dst: r2 src: rfp
	274: AddImm dst: r2 imm: -140
	275: Call FnMapLookupElem
	276: JEqImm dst: r0 off: -1 imm: 0 <count_done_14>
	277: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	278: AddImm dst: r1 imm: 1
	279: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	280: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	281: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	282: AddReg dst: r2 src: r1
	283: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_14:
	284: MovImm dst: r0 imm: 0
	285: Exit

== subject-256 policy_egress (section tcx/ingress, enforced=false, 286 instructions)
	   ; egress policy of identity 256 (enforced=false): make the headers linear
	  0: MovReg dst: r6 src: r1
	  1: LdXMemW dst: r5 src: r6 off: 0 imm: 0
	  2: JLEImm dst: r5 off: -1 imm: 512 <pull_len>
	  3: MovImm dst: r5 imm: 512
pull_len:
	  4: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	  5: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	  6: MovReg dst: r4 src: r2
	  7: AddReg dst: r4 src: r5
	  8: JLEReg dst: r4 off: -1 src: r3 <parse_eth>
	   ; linear part shorter than min(len, 512): bpf_skb_pull_data (a failure leaves the bounds checks below to find the headers missing: malformed)
	  9: MovReg dst: r1 src: r6
	 10: MovReg dst: r2 src: r5
	 11: Call FnSkbPullData
parse_eth:
	   ; parse Ethernet
	 12: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	 13: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	 14: MovReg dst: r4 src: r2
	 15: AddImm dst: r4 imm: 14
	 16: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 17: LdXMemH dst: r5 src: r2 off: 12 imm: 0
	 18: JNEImm dst: r5 off: -1 imm: 129 <l3>
	   ; 802.1Q tag
	 19: MovReg dst: r4 src: r2
	 20: AddImm dst: r4 imm: 18
	 21: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 22: LdXMemH dst: r5 src: r2 off: 16 imm: 0
l3:
	 23: JEqImm dst: r5 off: -1 imm: 8 <ipv4>
	 24: JEqImm dst: r5 off: -1 imm: 56710 <family>
	   ; not IP: pass
	 25: StMemW dst: rfp src: r0 off: -140 imm: 1
	 26: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 28: MovReg dst: r2 src: rfp
	 29: AddImm dst: r2 imm: -140
	 30: Call FnMapLookupElem
	 31: JEqImm dst: r0 off: -1 imm: 0 <count_done_1>
	 32: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 33: AddImm dst: r1 imm: 1
	 34: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 35: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 36: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 37: AddReg dst: r2 src: r1
	 38: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_1:
	 39: MovImm dst: r0 imm: 0
	 40: Exit
ipv4:
	   ; IPv4 header (options allowed, non-first fragments flagged)
	 41: MovReg dst: r0 src: r4
	 42: AddImm dst: r0 imm: 20
	 43: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 44: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 45: MovReg dst: r5 src: r1
	 46: AndImm dst: r5 imm: 240
	 47: JNEImm dst: r5 off: -1 imm: 64 <malformed>
	 48: AndImm dst: r1 imm: 15
	 49: JLTImm dst: r1 off: -1 imm: 5 <malformed>
	 50: LShImm dst: r1 imm: 2
	 51: MovImm dst: r7 imm: 0
	 52: LdXMemH dst: r5 src: r4 off: 6 imm: 0
	 53: SwapBE dst: r5 
	 54: AndImm dst: r5 imm: 8191
	 55: JEqImm dst: r5 off: -1 imm: 0 <v4_first>
	 56: MovImm dst: r7 imm: 768
v4_first:
	 57: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 58: StXMemW dst: rfp src: r5 off: -216 imm: 0
	 59: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 60: StXMemW dst: rfp src: r5 off: -212 imm: 0
	 61: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	 62: AddReg dst: r4 src: r1
l4_4:
	   ; transport header (IPv4)
	 63: OrReg dst: r7 src: r5
	 64: MovImm dst: r8 imm: 0
	 65: StMemW dst: rfp src: r0 off: -208 imm: 0
	 66: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	 67: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	 68: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	 69: Ja off: -1 <l4done_4>
tcp_4:
	 70: MovReg dst: r0 src: r4
	 71: AddImm dst: r0 imm: 20
	 72: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 73: Ja off: -1 <ports_4>
udp_4:
	 74: MovReg dst: r0 src: r4
	 75: AddImm dst: r0 imm: 8
	 76: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 77: Ja off: -1 <ports_4>
ports_4:
	 78: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 79: StXMemW dst: rfp src: r1 off: -208 imm: 0
	 80: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 81: SwapBE dst: r8 
	 82: Ja off: -1 <l4done_4>
l4done_4:
	 83: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 84: StMemB dst: rfp src: r0 off: -203 imm: 1
	 85: StMemH dst: rfp src: r0 off: -202 imm: 0
	 86: StMemW dst: rfp src: r0 off: -200 imm: 256
	 87: StMemB dst: rfp src: r0 off: -136 imm: 4
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 88: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 89: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 90: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 91: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 92: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 93: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 94: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 95: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 96: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 97: StMemB dst: rfp src: r0 off: -203 imm: 0
	 98: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	 99: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	100: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	101: StXMemW dst: rfp src: r2 off: -216 imm: 0
	102: StXMemW dst: rfp src: r1 off: -212 imm: 0
	103: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	104: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	105: StXMemH dst: rfp src: r2 off: -208 imm: 0
	106: StXMemH dst: rfp src: r1 off: -206 imm: 0
	107: StMemH dst: rfp src: r0 off: -202 imm: 0
	108: StMemB dst: rfp src: r0 off: -203 imm: 0
	109: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	111: MovReg dst: r2 src: rfp
	112: AddImm dst: r2 imm: -216
	113: Call FnMapLookupElem
	114: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	115: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	116: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	117: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	118: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	119: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	120: StXMemW dst: rfp src: r2 off: -216 imm: 0
	121: StXMemW dst: rfp src: r1 off: -212 imm: 0
	122: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	123: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	124: StXMemH dst: rfp src: r2 off: -208 imm: 0
	125: StXMemH dst: rfp src: r1 off: -206 imm: 0
	126: StMemH dst: rfp src: r0 off: -202 imm: 0
	127: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	128: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	130: MovReg dst: r2 src: rfp
	131: AddImm dst: r2 imm: -216
	132: Call FnMapLookupElem
	133: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	134: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	135: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	136: Ja off: -1 <ct_reply>
ct_miss_3:
	137: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_skip_2:
	138: StMemW dst: rfp src: r0 off: -144 imm: 0
	139: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	140: StMemW dst: rfp src: r0 off: -140 imm: 3
	141: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	143: MovReg dst: r2 src: rfp
	144: AddImm dst: r2 imm: -140
	145: Call FnMapLookupElem
	146: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	147: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	148: AddImm dst: r1 imm: 1
	149: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	150: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	151: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	152: AddReg dst: r2 src: r1
	153: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	154: MovImm dst: r0 imm: 0
	155: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	156: StMemW dst: rfp src: r0 off: -140 imm: 4
	157: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	159: MovReg dst: r2 src: rfp
	160: AddImm dst: r2 imm: -140
	161: Call FnMapLookupElem
	162: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	163: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	164: AddImm dst: r1 imm: 1
	165: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	166: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	167: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	168: AddReg dst: r2 src: r1
	169: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	170: MovImm dst: r0 imm: 0
	171: Exit
default:
	   ; no entry matches: allow (enforced=false)
	172: MovImm dst: r8 imm: 0
	173: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	174: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	175: XorReg dst: r8 src: r1
	176: XorReg dst: r8 src: r1
	177: StXMemW dst: rfp src: r8 off: -140 imm: 0
	178: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	180: MovReg dst: r2 src: rfp
	181: AddImm dst: r2 imm: -140
	182: Call FnMapLookupElem
	183: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	184: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	185: AddImm dst: r1 imm: 1
	186: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	187: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	188: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	189: AddReg dst: r2 src: r1
	190: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	191: StMemW dst: rfp src: r0 off: -64 imm: 256
	192: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	193: StXMemW dst: rfp src: r1 off: -60 imm: 0
	194: StXMemW dst: rfp src: r8 off: -56 imm: 0
	195: StMemW dst: rfp src: r0 off: -44 imm: 0
	196: StMemW dst: rfp src: r0 off: -40 imm: 0
	197: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	198: StXMemW dst: rfp src: r1 off: -52 imm: 0
	199: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	200: OrImm dst: r1 imm: 67174656
	201: StXMemW dst: rfp src: r1 off: -48 imm: 0
	202: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	203: StXMemW dst: rfp src: r1 off: -36 imm: 0
	204: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	205: StXMemW dst: rfp src: r1 off: -20 imm: 0
	206: StMemW dst: rfp src: r0 off: -32 imm: 0
	207: StMemW dst: rfp src: r0 off: -16 imm: 0
	208: StMemW dst: rfp src: r0 off: -28 imm: 0
	209: StMemW dst: rfp src: r0 off: -12 imm: 0
	210: StMemW dst: rfp src: r0 off: -24 imm: 0
	211: StMemW dst: rfp src: r0 off: -8 imm: 0
	212: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	214: MovReg dst: r2 src: rfp
	215: AddImm dst: r2 imm: -64
	216: MovImm dst: r3 imm: 60
	217: MovImm dst: r4 imm: 0
	218: Call FnRingbufOutput
	219: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_10>
	220: StXMemW dst: rfp src: r8 off: -172 imm: 0
	221: StMemH dst: rfp src: r0 off: -168 imm: 0
	222: StMemB dst: rfp src: r0 off: -166 imm: 1
	223: StMemB dst: rfp src: r0 off: -165 imm: 1
	224: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	225: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	226: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	227: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	228: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	229: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	230: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	231: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	232: StMemB dst: rfp src: r0 off: -203 imm: 0
	233: Ja off: -1 <ct_ordered_11>
ct_swap_12:
	234: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	235: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	236: StXMemW dst: rfp src: r2 off: -216 imm: 0
	237: StXMemW dst: rfp src: r1 off: -212 imm: 0
	238: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	239: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	240: StXMemH dst: rfp src: r2 off: -208 imm: 0
	241: StXMemH dst: rfp src: r1 off: -206 imm: 0
	242: StMemH dst: rfp src: r0 off: -202 imm: 0
	243: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_11:
	244: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	246: MovReg dst: r2 src: rfp
	247: AddImm dst: r2 imm: -216
	248: MovReg dst: r3 src: rfp
	249: AddImm dst: r3 imm: -172
	250: MovImm dst: r4 imm: 0
	251: Call FnMapUpdateElem
ct_norecord_10:
	252: MovImm dst: r0 imm: 0
	253: Exit
malformed:
	   ; truncated or malformed header: drop
	254: StMemW dst: rfp src: r0 off: -140 imm: 2
	255: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	257: MovReg dst: r2 src: rfp
	258: AddImm dst: r2 imm: -140
	259: Call FnMapLookupElem
	260: JEqImm dst: r0 off: -1 imm: 0 <count_done_13>
	261: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	262: AddImm dst: r1 imm: 1
	263: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	264: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	265: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	266: AddReg dst: r2 src: r1
	267: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_13:
	268: MovImm dst: r0 imm: 2
	269: Exit
family:
	   ; IP family without addresses in this cluster: pass (not enforced)
	270: StMemW dst: rfp src: r0 off: -140 imm: 5
	271: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	273: MovReg dst: r2 src: rfp
	274: AddImm dst: r2 imm: -140
	275: Call FnMapLookupElem
	276: JEqImm dst: r0 off: -1 imm: 0 <count_done_14>
	277: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	278: AddImm dst: r1 imm: 1
	279: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	280: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	281: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	282: AddReg dst: r2 src: r1
	283: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_14:
	284: MovImm dst: r0 imm: 0
	285: Exit

== subject-257 policy_ingress (section tcx/egress, enforced=false, 286 instructions)
	   ; ingress policy of identity 257 (enforced=false): make the headers linear
	  0: MovReg dst: r6 src: r1
	  1: LdXMemW dst: r5 src: r6 off: 0 imm: 0
	  2: JLEImm dst: r5 off: -1 imm: 512 <pull_len>
	  3: MovImm dst: r5 imm: 512
pull_len:
	  4: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	  5: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	  6: MovReg dst: r4 src: r2
	  7: AddReg dst: r4 src: r5
	  8: JLEReg dst: r4 off: -1 src: r3 <parse_eth>
	   ; linear part shorter than min(len, 512): bpf_skb_pull_data (a failure leaves the bounds checks below to find the headers missing: malformed)
	  9: MovReg dst: r1 src: r6
	 10: MovReg dst: r2 src: r5
	 11: Call FnSkbPullData
parse_eth:
	   ; parse Ethernet
	 12: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	 13: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	 14: MovReg dst: r4 src: r2
	 15: AddImm dst: r4 imm: 14
	 16: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 17: LdXMemH dst: r5 src: r2 off: 12 imm: 0
	 18: JNEImm dst: r5 off: -1 imm: 129 <l3>
	   ; 802.1Q tag
	 19: MovReg dst: r4 src: r2
	 20: AddImm dst: r4 imm: 18
	 21: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 22: LdXMemH dst: r5 src: r2 off: 16 imm: 0
l3:
	 23: JEqImm dst: r5 off: -1 imm: 8 <ipv4>
	 24: JEqImm dst: r5 off: -1 imm: 56710 <family>
	   ; not IP: pass
	 25: StMemW dst: rfp src: r0 off: -140 imm: 1
	 26: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 28: MovReg dst: r2 src: rfp
	 29: AddImm dst: r2 imm: -140
	 30: Call FnMapLookupElem
	 31: JEqImm dst: r0 off: -1 imm: 0 <count_done_1>
	 32: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 33: AddImm dst: r1 imm: 1
	 34: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 35: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 36: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 37: AddReg dst: r2 src: r1
	 38: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_1:
	 39: MovImm dst: r0 imm: 0
	 40: Exit
ipv4:
	   ; IPv4 header (options allowed, non-first fragments flagged)
	 41: MovReg dst: r0 src: r4
	 42: AddImm dst: r0 imm: 20
	 43: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 44: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 45: MovReg dst: r5 src: r1
	 46: AndImm dst: r5 imm: 240
	 47: JNEImm dst: r5 off: -1 imm: 64 <malformed>
	 48: AndImm dst: r1 imm: 15
	 49: JLTImm dst: r1 off: -1 imm: 5 <malformed>
	 50: LShImm dst: r1 imm: 2
	 51: MovImm dst: r7 imm: 0
	 52: LdXMemH dst: r5 src: r4 off: 6 imm: 0
	 53: SwapBE dst: r5 
	 54: AndImm dst: r5 imm: 8191
	 55: JEqImm dst: r5 off: -1 imm: 0 <v4_first>
	 56: MovImm dst: r7 imm: 768
v4_first:
	 57: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 58: StXMemW dst: rfp src: r5 off: -216 imm: 0
	 59: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 60: StXMemW dst: rfp src: r5 off: -212 imm: 0
	 61: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	 62: AddReg dst: r4 src: r1
l4_4:
	   ; transport header (IPv4)
	 63: OrReg dst: r7 src: r5
	 64: MovImm dst: r8 imm: 0
	 65: StMemW dst: rfp src: r0 off: -208 imm: 0
	 66: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	 67: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	 68: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	 69: Ja off: -1 <l4done_4>
tcp_4:
	 70: MovReg dst: r0 src: r4
	 71: AddImm dst: r0 imm: 20
	 72: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 73: Ja off: -1 <ports_4>
udp_4:
	 74: MovReg dst: r0 src: r4
	 75: AddImm dst: r0 imm: 8
	 76: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 77: Ja off: -1 <ports_4>
ports_4:
	 78: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 79: StXMemW dst: rfp src: r1 off: -208 imm: 0
	 80: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 81: SwapBE dst: r8 
	 82: Ja off: -1 <l4done_4>
l4done_4:
	 83: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 84: StMemB dst: rfp src: r0 off: -203 imm: 0
	 85: StMemH dst: rfp src: r0 off: -202 imm: 0
	 86: StMemW dst: rfp src: r0 off: -200 imm: 257
	 87: StMemB dst: rfp src: r0 off: -136 imm: 4
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 88: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 89: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 90: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 91: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 92: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 93: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 94: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 95: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 96: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 97: StMemB dst: rfp src: r0 off: -203 imm: 0
	 98: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	 99: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	100: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	101: StXMemW dst: rfp src: r2 off: -216 imm: 0
	102: StXMemW dst: rfp src: r1 off: -212 imm: 0
	103: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	104: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	105: StXMemH dst: rfp src: r2 off: -208 imm: 0
	106: StXMemH dst: rfp src: r1 off: -206 imm: 0
	107: StMemH dst: rfp src: r0 off: -202 imm: 0
	108: StMemB dst: rfp src: r0 off: -203 imm: 1
	109: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	111: MovReg dst: r2 src: rfp
	112: AddImm dst: r2 imm: -216
	113: Call FnMapLookupElem
	114: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	115: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	116: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	117: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	118: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	119: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	120: StXMemW dst: rfp src: r2 off: -216 imm: 0
	121: StXMemW dst: rfp src: r1 off: -212 imm: 0
	122: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	123: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	124: StXMemH dst: rfp src: r2 off: -208 imm: 0
	125: StXMemH dst: rfp src: r1 off: -206 imm: 0
	126: StMemH dst: rfp src: r0 off: -202 imm: 0
	127: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	128: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	130: MovReg dst: r2 src: rfp
	131: AddImm dst: r2 imm: -216
	132: Call FnMapLookupElem
	133: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	134: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	135: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	136: Ja off: -1 <ct_reply>
ct_miss_3:
	137: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_skip_2:
	138: StMemW dst: rfp src: r0 off: -144 imm: 0
	139: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	140: StMemW dst: rfp src: r0 off: -140 imm: 3
	141: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	143: MovReg dst: r2 src: rfp
	144: AddImm dst: r2 imm: -140
	145: Call FnMapLookupElem
	146: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	147: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	148: AddImm dst: r1 imm: 1
	149: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	150: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	151: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	152: AddReg dst: r2 src: r1
	153: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	154: MovImm dst: r0 imm: 0
	155: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	156: StMemW dst: rfp src: r0 off: -140 imm: 4
	157: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	159: MovReg dst: r2 src: rfp
	160: AddImm dst: r2 imm: -140
	161: Call FnMapLookupElem
	162: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	163: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	164: AddImm dst: r1 imm: 1
	165: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	166: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	167: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	168: AddReg dst: r2 src: r1
	169: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	170: MovImm dst: r0 imm: 0
	171: Exit
default:
	   ; no entry matches: allow (enforced=false)
	172: MovImm dst: r8 imm: 0
	173: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	174: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	175: XorReg dst: r8 src: r1
	176: XorReg dst: r8 src: r1
	177: StXMemW dst: rfp src: r8 off: -140 imm: 0
	178: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	180: MovReg dst: r2 src: rfp
	181: AddImm dst: r2 imm: -140
	182: Call FnMapLookupElem
	183: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	184: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	185: AddImm dst: r1 imm: 1
	186: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	187: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	188: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	189: AddReg dst: r2 src: r1
	190: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	191: StMemW dst: rfp src: r0 off: -60 imm: 257
	192: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	193: StXMemW dst: rfp src: r1 off: -64 imm: 0
	194: StXMemW dst: rfp src: r8 off: -56 imm: 0
	195: StMemW dst: rfp src: r0 off: -44 imm: 0
	196: StMemW dst: rfp src: r0 off: -40 imm: 0
	197: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	198: StXMemW dst: rfp src: r1 off: -52 imm: 0
	199: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	200: OrImm dst: r1 imm: 67109120
	201: StXMemW dst: rfp src: r1 off: -48 imm: 0
	202: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	203: StXMemW dst: rfp src: r1 off: -36 imm: 0
	204: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	205: StXMemW dst: rfp src: r1 off: -20 imm: 0
	206: StMemW dst: rfp src: r0 off: -32 imm: 0
	207: StMemW dst: rfp src: r0 off: -16 imm: 0
	208: StMemW dst: rfp src: r0 off: -28 imm: 0
	209: StMemW dst: rfp src: r0 off: -12 imm: 0
	210: StMemW dst: rfp src: r0 off: -24 imm: 0
	211: StMemW dst: rfp src: r0 off: -8 imm: 0
	212: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	214: MovReg dst: r2 src: rfp
	215: AddImm dst: r2 imm: -64
	216: MovImm dst: r3 imm: 60
	217: MovImm dst: r4 imm: 0
	218: Call FnRingbufOutput
	219: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_10>
	220: StXMemW dst: rfp src: r8 off: -172 imm: 0
	221: StMemH dst: rfp src: r0 off: -168 imm: 0
	222: StMemB dst: rfp src: r0 off: -166 imm: 1
	223: StMemB dst: rfp src: r0 off: -165 imm: 0
	224: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	225: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	226: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	227: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	228: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	229: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	230: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	231: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	232: StMemB dst: rfp src: r0 off: -203 imm: 0
	233: Ja off: -1 <ct_ordered_11>
ct_swap_12:
	234: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	235: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	236: StXMemW dst: rfp src: r2 off: -216 imm: 0
	237: StXMemW dst: rfp src: r1 off: -212 imm: 0
	238: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	239: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	240: StXMemH dst: rfp src: r2 off: -208 imm: 0
	241: StXMemH dst: rfp src: r1 off: -206 imm: 0
	242: StMemH dst: rfp src: r0 off: -202 imm: 0
	243: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_11:
	244: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	246: MovReg dst: r2 src: rfp
	247: AddImm dst: r2 imm: -216
	248: MovReg dst: r3 src: rfp
	249: AddImm dst: r3 imm: -172
	250: MovImm dst: r4 imm: 0
	251: Call FnMapUpdateElem
ct_norecord_10:
	252: MovImm dst: r0 imm: 0
	253: Exit
malformed:
	   ; truncated or malformed header: drop
	254: StMemW dst: rfp src: r0 off: -140 imm: 2
	255: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	257: MovReg dst: r2 src: rfp
	258: AddImm dst: r2 imm: -140
	259: Call FnMapLookupElem
	260: JEqImm dst: r0 off: -1 imm: 0 <count_done_13>
	261: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	262: AddImm dst: r1 imm: 1
	263: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	264: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	265: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	266: AddReg dst: r2 src: r1
	267: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_13:
	268: MovImm dst: r0 imm: 2
	269: Exit
family:
	   ; IP family without addresses in this cluster: pass (not enforced)
	270: StMemW dst: rfp src: r0 off: -140 imm: 5
	271: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	273: MovReg dst: r2 src: rfp
	274: AddImm dst: r2 imm: -140
	275: Call FnMapLookupElem
	276: JEqImm dst: r0 off: -1 imm: 0 <count_done_14>
	277: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	278: AddImm dst: r1 imm: 1
	279: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	280: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	281: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	282: AddReg dst: r2 src: r1
	283: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_14:
	284: MovImm dst: r0 imm: 0
	285: Exit

== subject-257 policy_egress (section tcx/ingress, enforced=false, 286 instructions)
	   ; egress policy of identity 257 (enforced=false): make the headers linear
	  0: MovReg dst: r6 src: r1
	  1: LdXMemW dst: r5 src: r6 off: 0 imm: 0
	  2: JLEImm dst: r5 off: -1 imm: 512 <pull_len>
	  3: MovImm dst: r5 imm: 512
pull_len:
	  4: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	  5: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	  6: MovReg dst: r4 src: r2
	  7: AddReg dst: r4 src: r5
	  8: JLEReg dst: r4 off: -1 src: r3 <parse_eth>
	   ; linear part shorter than min(len, 512): bpf_skb_pull_data (a failure leaves the bounds checks below to find the headers missing: malformed)
	  9: MovReg dst: r1 src: r6
	 10: MovReg dst: r2 src: r5
	 11: Call FnSkbPullData
parse_eth:
	   ; parse Ethernet
	 12: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	 13: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	 14: MovReg dst: r4 src: r2
	 15: AddImm dst: r4 imm: 14
	 16: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 17: LdXMemH dst: r5 src: r2 off: 12 imm: 0
	 18: JNEImm dst: r5 off: -1 imm: 129 <l3>
	   ; 802.1Q tag
	 19: MovReg dst: r4 src: r2
	 20: AddImm dst: r4 imm: 18
	 21: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 22: LdXMemH dst: r5 src: r2 off: 16 imm: 0
l3:
	 23: JEqImm dst: r5 off: -1 imm: 8 <ipv4>
	 24: JEqImm dst: r5 off: -1 imm: 56710 <family>
	   ; not IP: pass
	 25: StMemW dst: rfp src: r0 off: -140 imm: 1
	 26: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 28: MovReg dst: r2 src: rfp
	 29: AddImm dst: r2 imm: -140
	 30: Call FnMapLookupElem
	 31: JEqImm dst: r0 off: -1 imm: 0 <count_done_1>
	 32: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 33: AddImm dst: r1 imm: 1
	 34: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 35: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 36: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 37: AddReg dst: r2 src: r1
	 38: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_1:
	 39: MovImm dst: r0 imm: 0
	 40: Exit
ipv4:
	   ; IPv4 header (options allowed, non-first fragments flagged)
	 41: MovReg dst: r0 src: r4
	 42: AddImm dst: r0 imm: 20
	 43: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 44: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 45: MovReg dst: r5 src: r1
	 46: AndImm dst: r5 imm: 240
	 47: JNEImm dst: r5 off: -1 imm: 64 <malformed>
	 48: AndImm dst: r1 imm: 15
	 49: JLTImm dst: r1 off: -1 imm: 5 <malformed>
	 50: LShImm dst: r1 imm: 2
	 51: MovImm dst: r7 imm: 0
	 52: LdXMemH dst: r5 src: r4 off: 6 imm: 0
	 53: SwapBE dst: r5 
	 54: AndImm dst: r5 imm: 8191
	 55: JEqImm dst: r5 off: -1 imm: 0 <v4_first>
	 56: MovImm dst: r7 imm: 768
v4_first:
	 57: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 58: StXMemW dst: rfp src: r5 off: -216 imm: 0
	 59: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 60: StXMemW dst: rfp src: r5 off: -212 imm: 0
	 61: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	 62: AddReg dst: r4 src: r1
l4_4:
	   ; transport header (IPv4)
	 63: OrReg dst: r7 src: r5
	 64: MovImm dst: r8 imm: 0
	 65: StMemW dst: rfp src: r0 off: -208 imm: 0
	 66: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	 67: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	 68: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	 69: Ja off: -1 <l4done_4>
tcp_4:
	 70: MovReg dst: r0 src: r4
	 71: AddImm dst: r0 imm: 20
	 72: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 73: Ja off: -1 <ports_4>
udp_4:
	 74: MovReg dst: r0 src: r4
	 75: AddImm dst: r0 imm: 8
	 76: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 77: Ja off: -1 <ports_4>
ports_4:
	 78: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 79: StXMemW dst: rfp src: r1 off: -208 imm: 0
	 80: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 81: SwapBE dst: r8 
	 82: Ja off: -1 <l4done_4>
l4done_4:
	 83: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 84: StMemB dst: rfp src: r0 off: -203 imm: 1
	 85: StMemH dst: rfp src: r0 off: -202 imm: 0
	 86: StMemW dst: rfp src: r0 off: -200 imm: 257
	 87: StMemB dst: rfp src: r0 off: -136 imm: 4
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 88: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 89: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 90: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 91: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 92: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 93: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 94: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 95: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 96: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 97: StMemB dst: rfp src: r0 off: -203 imm: 0
	 98: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	 99: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	100: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	101: StXMemW dst: rfp src: r2 off: -216 imm: 0
	102: StXMemW dst: rfp src: r1 off: -212 imm: 0
	103: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	104: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	105: StXMemH dst: rfp src: r2 off: -208 imm: 0
	106: StXMemH dst: rfp src: r1 off: -206 imm: 0
	107: StMemH dst: rfp src: r0 off: -202 imm: 0
	108: StMemB dst: rfp src: r0 off: -203 imm: 0
	109: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	111: MovReg dst: r2 src: rfp
	112: AddImm dst: r2 imm: -216
	113: Call FnMapLookupElem
	114: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	115: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	116: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	117: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	118: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	119: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	120: StXMemW dst: rfp src: r2 off: -216 imm: 0
	121: StXMemW dst: rfp src: r1 off: -212 imm: 0
	122: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	123: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	124: StXMemH dst: rfp src: r2 off: -208 imm: 0
	125: StXMemH dst: rfp src: r1 off: -206 imm: 0
	126: StMemH dst: rfp src: r0 off: -202 imm: 0
	127: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	128: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	130: MovReg dst: r2 src: rfp
	131: AddImm dst: r2 imm: -216
	132: Call FnMapLookupElem
	133: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	134: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	135: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	136: Ja off: -1 <ct_reply>
ct_miss_3:
	137: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_skip_2:
	138: StMemW dst: rfp src: r0 off: -144 imm: 0
	139: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	140: StMemW dst: rfp src: r0 off: -140 imm: 3
	141: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	143: MovReg dst: r2 src: rfp
	144: AddImm dst: r2 imm: -140
	145: Call FnMapLookupElem
	146: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	147: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	148: AddImm dst: r1 imm: 1
	149: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	150: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	151: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	152: AddReg dst: r2 src: r1
	153: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	154: MovImm dst: r0 imm: 0
	155: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	156: StMemW dst: rfp src: r0 off: -140 imm: 4
	157: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	159: MovReg dst: r2 src: rfp
	160: AddImm dst: r2 imm: -140
	161: Call FnMapLookupElem
	162: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	163: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	164: AddImm dst: r1 imm: 1
	165: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	166: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	167: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	168: AddReg dst: r2 src: r1
	169: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	170: MovImm dst: r0 imm: 0
	171: Exit
default:
	   ; no entry matches: allow (enforced=false)
	172: MovImm dst: r8 imm: 0
	173: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	174: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	175: XorReg dst: r8 src: r1
	176: XorReg dst: r8 src: r1
	177: StXMemW dst: rfp src: r8 off: -140 imm: 0
	178: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	180: MovReg dst: r2 src: rfp
	181: AddImm dst: r2 imm: -140
	182: Call FnMapLookupElem
	183: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	184: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	185: AddImm dst: r1 imm: 1
	186: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	187: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	188: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	189: AddReg dst: r2 src: r1
	190: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	191: StMemW dst: rfp src: r0 off: -64 imm: 257
	192: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	193: StXMemW dst: rfp src: r1 off: -60 imm: 0
	194: StXMemW dst: rfp src: r8 off: -56 imm: 0
	195: StMemW dst: rfp src: r0 off: -44 imm: 0
	196: StMemW dst: rfp src: r0 off: -40 imm: 0
	197: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	198: StXMemW dst: rfp src: r1 off: -52 imm: 0
	199: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	200: OrImm dst: r1 imm: 67174656
	201: StXMemW dst: rfp src: r1 off: -48 imm: 0
	202: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	203: StXMemW dst: rfp src: r1 off: -36 imm: 0
	204: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	205: StXMemW dst: rfp src: r1 off: -20 imm: 0
	206: StMemW dst: rfp src: r0 off: -32 imm: 0
	207: StMemW dst: rfp src: r0 off: -16 imm: 0
	208: StMemW dst: rfp src: r0 off: -28 imm: 0
	209: StMemW dst: rfp src: r0 off: -12 imm: 0
	210: StMemW dst: rfp src: r0 off: -24 imm: 0
	211: StMemW dst: rfp src: r0 off: -8 imm: 0
	212: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	214: MovReg dst: r2 src: rfp
	215: AddImm dst: r2 imm: -64
	216: MovImm dst: r3 imm: 60
	217: MovImm dst: r4 imm: 0
	218: Call FnRingbufOutput
	219: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_10>
	220: StXMemW dst: rfp src: r8 off: -172 imm: 0
	221: StMemH dst: rfp src: r0 off: -168 imm: 0
	222: StMemB dst: rfp src: r0 off: -166 imm: 1
	223: StMemB dst: rfp src: r0 off: -165 imm: 1
	224: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	225: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	226: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	227: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	228: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	229: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	230: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	231: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	232: StMemB dst: rfp src: r0 off: -203 imm: 0
	233: Ja off: -1 <ct_ordered_11>
ct_swap_12:
	234: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	235: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	236: StXMemW dst: rfp src: r2 off: -216 imm: 0
	237: StXMemW dst: rfp src: r1 off: -212 imm: 0
	238: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	239: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	240: StXMemH dst: rfp src: r2 off: -208 imm: 0
	241: StXMemH dst: rfp src: r1 off: -206 imm: 0
	242: StMemH dst: rfp src: r0 off: -202 imm: 0
	243: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_11:
	244: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	246: MovReg dst: r2 src: rfp
	247: AddImm dst: r2 imm: -216
	248: MovReg dst: r3 src: rfp
	249: AddImm dst: r3 imm: -172
	250: MovImm dst: r4 imm: 0
	251: Call FnMapUpdateElem
ct_norecord_10:
	252: MovImm dst: r0 imm: 0
	253: Exit
malformed:
	   ; truncated or malformed header: drop
	254: StMemW dst: rfp src: r0 off: -140 imm: 2
	255: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	257: MovReg dst: r2 src: rfp
	258: AddImm dst: r2 imm: -140
	259: Call FnMapLookupElem
	260: JEqImm dst: r0 off: -1 imm: 0 <count_done_13>
	261: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	262: AddImm dst: r1 imm: 1
	263: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	264: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	265: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	266: AddReg dst: r2 src: r1
	267: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_13:
	268: MovImm dst: r0 imm: 2
	269: Exit
family:
	   ; IP family without addresses in this cluster: pass (not enforced)
	270: StMemW dst: rfp src: r0 off: -140 imm: 5
	271: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	273: MovReg dst: r2 src: rfp
	274: AddImm dst: r2 imm: -140
	275: Call FnMapLookupElem
	276: JEqImm dst: r0 off: -1 imm: 0 <count_done_14>
	277: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	278: AddImm dst: r1 imm: 1
	279: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	280: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	281: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	282: AddReg dst: r2 src: r1
	283: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_14:
	284: MovImm dst: r0 imm: 0
	285: Exit

== subject-300 policy_ingress (section tcx/egress, enforced=true, 512 instructions)
	   ; ingress policy of identity 300 (enforced=true): make the headers linear
	  0: MovReg dst: r6 src: r1
	  1: LdXMemW dst: r5 src: r6 off: 0 imm: 0
	  2: JLEImm dst: r5 off: -1 imm: 512 <pull_len>
	  3: MovImm dst: r5 imm: 512
pull_len:
	  4: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	  5: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	  6: MovReg dst: r4 src: r2
	  7: AddReg dst: r4 src: r5
	  8: JLEReg dst: r4 off: -1 src: r3 <parse_eth>
	   ; linear part shorter than min(len, 512): bpf_skb_pull_data (a failure leaves the bounds checks below to find the headers missing: malformed)
	  9: MovReg dst: r1 src: r6
	 10: MovReg dst: r2 src: r5
	 11: Call FnSkbPullData
parse_eth:
	   ; parse Ethernet
	 12: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	 13: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	 14: MovReg dst: r4 src: r2
	 15: AddImm dst: r4 imm: 14
	 16: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 17: LdXMemH dst: r5 src: r2 off: 12 imm: 0
	 18: JNEImm dst: r5 off: -1 imm: 129 <l3>
	   ; 802.1Q tag
	 19: MovReg dst: r4 src: r2
	 20: AddImm dst: r4 imm: 18
	 21: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 22: LdXMemH dst: r5 src: r2 off: 16 imm: 0
l3:
	 23: JEqImm dst: r5 off: -1 imm: 8 <ipv4>
	 24: JEqImm dst: r5 off: -1 imm: 56710 <family>
	   ; not IP: pass
	 25: StMemW dst: rfp src: r0 off: -140 imm: 1
	 26: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 28: MovReg dst: r2 src: rfp
	 29: AddImm dst: r2 imm: -140
	 30: Call FnMapLookupElem
	 31: JEqImm dst: r0 off: -1 imm: 0 <count_done_1>
	 32: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 33: AddImm dst: r1 imm: 1
	 34: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 35: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 36: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 37: AddReg dst: r2 src: r1
	 38: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_1:
	 39: MovImm dst: r0 imm: 0
	 40: Exit
ipv4:
	   ; IPv4 header (options allowed, non-first fragments flagged)
	 41: MovReg dst: r0 src: r4
	 42: AddImm dst: r0 imm: 20
	 43: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 44: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 45: MovReg dst: r5 src: r1
	 46: AndImm dst: r5 imm: 240
	 47: JNEImm dst: r5 off: -1 imm: 64 <malformed>
	 48: AndImm dst: r1 imm: 15
	 49: JLTImm dst: r1 off: -1 imm: 5 <malformed>
	 50: LShImm dst: r1 imm: 2
	 51: MovImm dst: r7 imm: 0
	 52: LdXMemH dst: r5 src: r4 off: 6 imm: 0
	 53: SwapBE dst: r5 
	 54: AndImm dst: r5 imm: 8191
	 55: JEqImm dst: r5 off: -1 imm: 0 <v4_first>
	 56: MovImm dst: r7 imm: 768
v4_first:
	 57: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 58: StXMemW dst: rfp src: r5 off: -216 imm: 0
	 59: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 60: StXMemW dst: rfp src: r5 off: -212 imm: 0
	 61: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	 62: AddReg dst: r4 src: r1
l4_4:
	   ; transport header (IPv4)
	 63: OrReg dst: r7 src: r5
	 64: MovImm dst: r8 imm: 0
	 65: StMemW dst: rfp src: r0 off: -208 imm: 0
	 66: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	 67: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	 68: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	 69: JEqImm dst: r5 off: -1 imm: 1 <icmp_4>
	 70: Ja off: -1 <l4done_4>
tcp_4:
	 71: MovReg dst: r0 src: r4
	 72: AddImm dst: r0 imm: 20
	 73: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 74: Ja off: -1 <ports_4>
udp_4:
	 75: MovReg dst: r0 src: r4
	 76: AddImm dst: r0 imm: 8
	 77: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 78: Ja off: -1 <ports_4>
ports_4:
	 79: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 80: StXMemW dst: rfp src: r1 off: -208 imm: 0
	 81: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 82: SwapBE dst: r8 
	 83: Ja off: -1 <l4done_4>
icmp_4:
	   ; ICMP type (echo tracked by identifier)
	 84: MovReg dst: r0 src: r4
	 85: AddImm dst: r0 imm: 8
	 86: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 87: LdXMemB dst: r8 src: r4 off: 0 imm: 0
	 88: JEqImm dst: r8 off: -1 imm: 8 <echoreq_4>
	 89: JEqImm dst: r8 off: -1 imm: 0 <echorep_4>
	 90: OrImm dst: r7 imm: 512
	 91: Ja off: -1 <l4done_4>
echoreq_4:
	 92: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	 93: StXMemH dst: rfp src: r1 off: -208 imm: 0
	 94: Ja off: -1 <l4done_4>
echorep_4:
	 95: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	 96: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 97: Ja off: -1 <l4done_4>
l4done_4:
	 98: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 99: StMemB dst: rfp src: r0 off: -203 imm: 0
	100: StMemH dst: rfp src: r0 off: -202 imm: 0
	101: StMemW dst: rfp src: r0 off: -200 imm: 300
	102: StMemB dst: rfp src: r0 off: -136 imm: 4
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	103: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	104: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	105: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	106: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	107: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	108: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	109: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	110: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	111: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	112: StMemB dst: rfp src: r0 off: -203 imm: 0
	113: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	114: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	115: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	116: StXMemW dst: rfp src: r2 off: -216 imm: 0
	117: StXMemW dst: rfp src: r1 off: -212 imm: 0
	118: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	119: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	120: StXMemH dst: rfp src: r2 off: -208 imm: 0
	121: StXMemH dst: rfp src: r1 off: -206 imm: 0
	122: StMemH dst: rfp src: r0 off: -202 imm: 0
	123: StMemB dst: rfp src: r0 off: -203 imm: 1
	124: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	126: MovReg dst: r2 src: rfp
	127: AddImm dst: r2 imm: -216
	128: Call FnMapLookupElem
	129: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	130: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	131: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	132: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	133: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	134: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	135: StXMemW dst: rfp src: r2 off: -216 imm: 0
	136: StXMemW dst: rfp src: r1 off: -212 imm: 0
	137: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	138: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	139: StXMemH dst: rfp src: r2 off: -208 imm: 0
	140: StXMemH dst: rfp src: r1 off: -206 imm: 0
	141: StMemH dst: rfp src: r0 off: -202 imm: 0
	142: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	143: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	145: MovReg dst: r2 src: rfp
	146: AddImm dst: r2 imm: -216
	147: Call FnMapLookupElem
	148: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	149: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	150: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	151: Ja off: -1 <ct_reply>
ct_miss_3:
	152: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_skip_2:
	   ; peer identity (IPv4): exact ipcache, then prefixes, else world
	153: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	155: MovReg dst: r2 src: rfp
	156: AddImm dst: r2 imm: -216
	157: Call FnMapLookupElem
	158: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	159: StMemW dst: rfp src: r0 off: -144 imm: 2
	160: Ja off: -1 <membership>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	161: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	162: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	163: LShImm dst: r1 imm: 16
	164: OrImm dst: r1 imm: 512
	165: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
	166: StMemW dst: rfp src: r0 off: -140 imm: 3
	167: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	169: MovReg dst: r2 src: rfp
	170: AddImm dst: r2 imm: -140
	171: Call FnMapLookupElem
	172: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	173: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	174: AddImm dst: r1 imm: 1
	175: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	176: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	177: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	178: AddReg dst: r2 src: r1
	179: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	180: MovImm dst: r0 imm: 0
	181: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	182: StMemW dst: rfp src: r0 off: -140 imm: 4
	183: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	185: MovReg dst: r2 src: rfp
	186: AddImm dst: r2 imm: -140
	187: Call FnMapLookupElem
	188: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	189: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	190: AddImm dst: r1 imm: 1
	191: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	192: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	193: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	194: AddReg dst: r2 src: r1
	195: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	196: MovImm dst: r0 imm: 0
	197: Exit
have_identity:
	198: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	199: StXMemW dst: rfp src: r1 off: -144 imm: 0
	   ; ipcache hit: identity and the membership words the decision reads, from its value
	200: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	201: StXMemW dst: rfp src: r1 off: -128 imm: 0
	202: Ja off: -1 <words_ready>
membership:
	   ; selector membership of the world identity
	203: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	205: MovReg dst: r2 src: rfp
	206: AddImm dst: r2 imm: -144
	207: Call FnMapLookupElem
	208: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	209: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	210: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	211: MovReg dst: r9 src: rfp
	212: AddImm dst: r9 imm: -128
	213: Ja off: -1 <decide>
no_identity:
	   ; peer identity unknown to the membership map: matches no selector
	214: StMemW dst: rfp src: r0 off: -140 imm: 6
	215: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	217: MovReg dst: r2 src: rfp
	218: AddImm dst: r2 imm: -140
	219: Call FnMapLookupElem
	220: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	221: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	222: AddImm dst: r1 imm: 1
	223: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	224: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	225: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	226: AddReg dst: r2 src: r1
	227: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	228: Ja off: -1 <default>
decide:
	   ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	229: MovReg dst: r1 src: r7
	230: AndImm dst: r1 imm: 511
	231: JEqImm dst: r1 off: -1 imm: 1 <tree_1>
	232: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	233: Ja off: -1 <class_0>
tree_1:
	   ; protocol 1: port compare tree over 3 intervals
	234: JGEImm dst: r8 off: -1 imm: 8 <ge_10>
	235: Ja off: -1 <class_0>
ge_10:
	236: JGEImm dst: r8 off: -1 imm: 9 <ge_11>
	237: Ja off: -1 <class_1>
ge_11:
	238: Ja off: -1 <class_0>
tree_6:
	   ; protocol 6: port compare tree over 5 intervals
	239: JGEImm dst: r8 off: -1 imm: 81 <ge_12>
	240: JGEImm dst: r8 off: -1 imm: 80 <ge_13>
	241: Ja off: -1 <class_0>
ge_13:
	242: Ja off: -1 <class_2>
ge_12:
	243: JGEImm dst: r8 off: -1 imm: 8080 <ge_14>
	244: Ja off: -1 <class_0>
ge_14:
	245: JGEImm dst: r8 off: -1 imm: 8081 <ge_15>
	246: Ja off: -1 <class_3>
ge_15:
	247: Ja off: -1 <class_0>
class_0:
	   ; class 0: candidates in precedence order []
	248: Ja off: -1 <default>
class_1:
	   ; class 1: candidates in precedence order [2]
	249: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	250: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry2_16>
	251: Ja off: -1 <default>
c1_entry2_16:
	   ; entry 2 allow peer={k8s.app=a} proto=1 ports=8-8: no origin
	252: MovImm dst: r8 imm: 2
	253: Ja off: -1 <verdict_allow>
class_2:
	   ; class 2: candidates in precedence order [1]
	254: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	255: JSet32Imm dst: r1 off: -1 imm: 1 <c2_entry1_17>
	256: Ja off: -1 <default>
c2_entry1_17:
	   ; entry 1 allow peer={k8s.app=a} proto=6 ports=80-80: no origin
	257: MovImm dst: r8 imm: 1
	258: Ja off: -1 <verdict_allow>
class_3:
	   ; class 3: candidates in precedence order [3]
	259: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	260: JSet32Imm dst: r1 off: -1 imm: 1 <c3_entry3_18>
	261: Ja off: -1 <default>
c3_entry3_18:
	   ; entry 3 redirect peer={k8s.app=a} proto=6 ports=8080-8080: no origin
	262: MovImm dst: r8 imm: 3
	263: MovImm dst: r9 imm: 39226
	264: Ja off: -1 <verdict_redirect>
default:
	   ; no entry matches: deny (enforced=true)
	265: MovImm dst: r8 imm: 0
	266: Ja off: -1 <verdict_deny>
verdict_deny:
	   ; verdict deny: count, emit an event, drop (never recorded)
	267: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	268: XorReg dst: r8 src: r1
	269: XorReg dst: r8 src: r1
	270: StXMemW dst: rfp src: r8 off: -140 imm: 0
	271: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	273: MovReg dst: r2 src: rfp
	274: AddImm dst: r2 imm: -140
	275: Call FnMapLookupElem
	276: JEqImm dst: r0 off: -1 imm: 0 <count_done_19>
	277: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	278: AddImm dst: r1 imm: 1
	279: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	280: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	281: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	282: AddReg dst: r2 src: r1
	283: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_19:
	284: StMemW dst: rfp src: r0 off: -60 imm: 300
	285: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	286: StXMemW dst: rfp src: r1 off: -64 imm: 0
	287: StXMemW dst: rfp src: r8 off: -56 imm: 0
	288: StMemW dst: rfp src: r0 off: -44 imm: 0
	289: StMemW dst: rfp src: r0 off: -40 imm: 0
	290: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	291: StXMemW dst: rfp src: r1 off: -52 imm: 0
	292: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	293: OrImm dst: r1 imm: 67108864
	294: StXMemW dst: rfp src: r1 off: -48 imm: 0
	295: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	296: StXMemW dst: rfp src: r1 off: -36 imm: 0
	297: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	298: StXMemW dst: rfp src: r1 off: -20 imm: 0
	299: StMemW dst: rfp src: r0 off: -32 imm: 0
	300: StMemW dst: rfp src: r0 off: -16 imm: 0
	301: StMemW dst: rfp src: r0 off: -28 imm: 0
	302: StMemW dst: rfp src: r0 off: -12 imm: 0
	303: StMemW dst: rfp src: r0 off: -24 imm: 0
	304: StMemW dst: rfp src: r0 off: -8 imm: 0
	305: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	307: MovReg dst: r2 src: rfp
	308: AddImm dst: r2 imm: -64
	309: MovImm dst: r3 imm: 60
	310: MovImm dst: r4 imm: 0
	311: Call FnRingbufOutput
	312: MovImm dst: r0 imm: 2
	313: Exit
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	314: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	315: XorReg dst: r8 src: r1
	316: XorReg dst: r8 src: r1
	317: StXMemW dst: rfp src: r8 off: -140 imm: 0
	318: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	320: MovReg dst: r2 src: rfp
	321: AddImm dst: r2 imm: -140
	322: Call FnMapLookupElem
	323: JEqImm dst: r0 off: -1 imm: 0 <count_done_20>
	324: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	325: AddImm dst: r1 imm: 1
	326: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	327: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	328: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	329: AddReg dst: r2 src: r1
	330: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_20:
	331: StMemW dst: rfp src: r0 off: -60 imm: 300
	332: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	333: StXMemW dst: rfp src: r1 off: -64 imm: 0
	334: StXMemW dst: rfp src: r8 off: -56 imm: 0
	335: StMemW dst: rfp src: r0 off: -44 imm: 0
	336: StMemW dst: rfp src: r0 off: -40 imm: 0
	337: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	338: StXMemW dst: rfp src: r1 off: -52 imm: 0
	339: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	340: OrImm dst: r1 imm: 67109120
	341: StXMemW dst: rfp src: r1 off: -48 imm: 0
	342: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	343: StXMemW dst: rfp src: r1 off: -36 imm: 0
	344: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	345: StXMemW dst: rfp src: r1 off: -20 imm: 0
	346: StMemW dst: rfp src: r0 off: -32 imm: 0
	347: StMemW dst: rfp src: r0 off: -16 imm: 0
	348: StMemW dst: rfp src: r0 off: -28 imm: 0
	349: StMemW dst: rfp src: r0 off: -12 imm: 0
	350: StMemW dst: rfp src: r0 off: -24 imm: 0
	351: StMemW dst: rfp src: r0 off: -8 imm: 0
	352: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	354: MovReg dst: r2 src: rfp
	355: AddImm dst: r2 imm: -64
	356: MovImm dst: r3 imm: 60
	357: MovImm dst: r4 imm: 0
	358: Call FnRingbufOutput
	359: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_21>
	360: StXMemW dst: rfp src: r8 off: -172 imm: 0
	361: StMemH dst: rfp src: r0 off: -168 imm: 0
	362: StMemB dst: rfp src: r0 off: -166 imm: 1
	363: StMemB dst: rfp src: r0 off: -165 imm: 0
	364: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	365: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	366: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_22>
	367: JGTReg dst: r1 off: -1 src: r2 <ct_swap_23>
	368: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	369: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	370: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_22>
	371: JGTReg dst: r1 off: -1 src: r2 <ct_swap_23>
	372: StMemB dst: rfp src: r0 off: -203 imm: 0
	373: Ja off: -1 <ct_ordered_22>
ct_swap_23:
	374: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	375: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	376: StXMemW dst: rfp src: r2 off: -216 imm: 0
	377: StXMemW dst: rfp src: r1 off: -212 imm: 0
	378: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	379: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	380: StXMemH dst: rfp src: r2 off: -208 imm: 0
	381: StXMemH dst: rfp src: r1 off: -206 imm: 0
	382: StMemH dst: rfp src: r0 off: -202 imm: 0
	383: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_22:
	384: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	386: MovReg dst: r2 src: rfp
	387: AddImm dst: r2 imm: -216
	388: MovReg dst: r3 src: rfp
	389: AddImm dst: r3 imm: -172
	390: MovImm dst: r4 imm: 0
	391: Call FnMapUpdateElem
ct_norecord_21:
	392: MovImm dst: r0 imm: 0
	393: Exit
verdict_redirect:
	   ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	394: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	395: XorReg dst: r8 src: r1
	396: XorReg dst: r8 src: r1
	397: StXMemW dst: rfp src: r8 off: -140 imm: 0
	398: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	400: MovReg dst: r2 src: rfp
	401: AddImm dst: r2 imm: -140
	402: Call FnMapLookupElem
	403: JEqImm dst: r0 off: -1 imm: 0 <count_done_24>
	404: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	405: AddImm dst: r1 imm: 1
	406: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	407: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	408: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	409: AddReg dst: r2 src: r1
	410: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_24:
	411: MovReg dst: r1 src: r9
	412: LShImm dst: r1 imm: 16
	413: OrImm dst: r1 imm: 512
	414: StXMemW dst: r6 src: r1 off: 8 imm: 0
	415: StMemW dst: rfp src: r0 off: -60 imm: 300
	416: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	417: StXMemW dst: rfp src: r1 off: -64 imm: 0
	418: StXMemW dst: rfp src: r8 off: -56 imm: 0
	419: StMemW dst: rfp src: r0 off: -44 imm: 0
	420: MovReg dst: r1 src: r9
	421: AndImm dst: r1 imm: 65535
	422: StXMemW dst: rfp src: r1 off: -40 imm: 0
	423: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	424: StXMemW dst: rfp src: r1 off: -52 imm: 0
	425: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	426: OrImm dst: r1 imm: 67109376
	427: StXMemW dst: rfp src: r1 off: -48 imm: 0
	428: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	429: StXMemW dst: rfp src: r1 off: -36 imm: 0
	430: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	431: StXMemW dst: rfp src: r1 off: -20 imm: 0
	432: StMemW dst: rfp src: r0 off: -32 imm: 0
	433: StMemW dst: rfp src: r0 off: -16 imm: 0
	434: StMemW dst: rfp src: r0 off: -28 imm: 0
	435: StMemW dst: rfp src: r0 off: -12 imm: 0
	436: StMemW dst: rfp src: r0 off: -24 imm: 0
	437: StMemW dst: rfp src: r0 off: -8 imm: 0
	438: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	440: MovReg dst: r2 src: rfp
	441: AddImm dst: r2 imm: -64
	442: MovImm dst: r3 imm: 60
	443: MovImm dst: r4 imm: 0
	444: Call FnRingbufOutput
	445: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_25>
	446: StXMemW dst: rfp src: r8 off: -172 imm: 0
	447: StXMemH dst: rfp src: r9 off: -168 imm: 0
	448: StMemB dst: rfp src: r0 off: -166 imm: 2
	449: StMemB dst: rfp src: r0 off: -165 imm: 0
	450: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	451: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	452: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_26>
	453: JGTReg dst: r1 off: -1 src: r2 <ct_swap_27>
	454: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	455: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	456: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_26>
	457: JGTReg dst: r1 off: -1 src: r2 <ct_swap_27>
	458: StMemB dst: rfp src: r0 off: -203 imm: 0
	459: Ja off: -1 <ct_ordered_26>
ct_swap_27:
	460: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	461: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	462: StXMemW dst: rfp src: r2 off: -216 imm: 0
	463: StXMemW dst: rfp src: r1 off: -212 imm: 0
	464: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	465: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	466: StXMemH dst: rfp src: r2 off: -208 imm: 0
	467: StXMemH dst: rfp src: r1 off: -206 imm: 0
	468: StMemH dst: rfp src: r0 off: -202 imm: 0
	469: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_26:
	470: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	472: MovReg dst: r2 src: rfp
	473: AddImm dst: r2 imm: -216
	474: MovReg dst: r3 src: rfp
	475: AddImm dst: r3 imm: -172
	476: MovImm dst: r4 imm: 0
	477: Call FnMapUpdateElem
ct_norecord_25:
	478: MovImm dst: r0 imm: 0
	479: Exit
malformed:
	   ; truncated or malformed header: drop
	480: StMemW dst: rfp src: r0 off: -140 imm: 2
	481: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	483: MovReg dst: r2 src: rfp
	484: AddImm dst: r2 imm: -140
	485: Call FnMapLookupElem
	486: JEqImm dst: r0 off: -1 imm: 0 <count_done_28>
	487: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	488: AddImm dst: r1 imm: 1
	489: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	490: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	491: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	492: AddReg dst: r2 src: r1
	493: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_28:
	494: MovImm dst: r0 imm: 2
	495: Exit
family:
	   ; IP family without addresses in this cluster: drop (enforced)
	496: StMemW dst: rfp src: r0 off: -140 imm: 5
	497: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	499: MovReg dst: r2 src: rfp
	500: AddImm dst: r2 imm: -140
	501: Call FnMapLookupElem
	502: JEqImm dst: r0 off: -1 imm: 0 <count_done_29>
	503: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	504: AddImm dst: r1 imm: 1
	505: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	506: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	507: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	508: AddReg dst: r2 src: r1
	509: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_29:
	510: MovImm dst: r0 imm: 2
	511: Exit

== subject-300 policy_egress (section tcx/ingress, enforced=true, 268 instructions)
	   ; egress policy of identity 300 (enforced=true): make the headers linear
	  0: MovReg dst: r6 src: r1
	  1: LdXMemW dst: r5 src: r6 off: 0 imm: 0
	  2: JLEImm dst: r5 off: -1 imm: 512 <pull_len>
	  3: MovImm dst: r5 imm: 512
pull_len:
	  4: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	  5: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	  6: MovReg dst: r4 src: r2
	  7: AddReg dst: r4 src: r5
	  8: JLEReg dst: r4 off: -1 src: r3 <parse_eth>
	   ; linear part shorter than min(len, 512): bpf_skb_pull_data (a failure leaves the bounds checks below to find the headers missing: malformed)
	  9: MovReg dst: r1 src: r6
	 10: MovReg dst: r2 src: r5
	 11: Call FnSkbPullData
parse_eth:
	   ; parse Ethernet
	 12: LdXMemW dst: r2 src: r6 off: 76 imm: 0
	 13: LdXMemW dst: r3 src: r6 off: 80 imm: 0
	 14: MovReg dst: r4 src: r2
	 15: AddImm dst: r4 imm: 14
	 16: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 17: LdXMemH dst: r5 src: r2 off: 12 imm: 0
	 18: JNEImm dst: r5 off: -1 imm: 129 <l3>
	   ; 802.1Q tag
	 19: MovReg dst: r4 src: r2
	 20: AddImm dst: r4 imm: 18
	 21: JGTReg dst: r4 off: -1 src: r3 <malformed>
	 22: LdXMemH dst: r5 src: r2 off: 16 imm: 0
l3:
	 23: JEqImm dst: r5 off: -1 imm: 8 <ipv4>
	 24: JEqImm dst: r5 off: -1 imm: 56710 <family>
	   ; not IP: pass
	 25: StMemW dst: rfp src: r0 off: -140 imm: 1
	 26: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 28: MovReg dst: r2 src: rfp
	 29: AddImm dst: r2 imm: -140
	 30: Call FnMapLookupElem
	 31: JEqImm dst: r0 off: -1 imm: 0 <count_done_1>
	 32: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 33: AddImm dst: r1 imm: 1
	 34: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 35: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 36: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 37: AddReg dst: r2 src: r1
	 38: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_1:
	 39: MovImm dst: r0 imm: 0
	 40: Exit
ipv4:
	   ; IPv4 header (options allowed, non-first fragments flagged)
	 41: MovReg dst: r0 src: r4
	 42: AddImm dst: r0 imm: 20
	 43: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 44: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 45: MovReg dst: r5 src: r1
	 46: AndImm dst: r5 imm: 240
	 47: JNEImm dst: r5 off: -1 imm: 64 <malformed>
	 48: AndImm dst: r1 imm: 15
	 49: JLTImm dst: r1 off: -1 imm: 5 <malformed>
	 50: LShImm dst: r1 imm: 2
	 51: MovImm dst: r7 imm: 0
	 52: LdXMemH dst: r5 src: r4 off: 6 imm: 0
	 53: SwapBE dst: r5 
	 54: AndImm dst: r5 imm: 8191
	 55: JEqImm dst: r5 off: -1 imm: 0 <v4_first>
	 56: MovImm dst: r7 imm: 768
v4_first:
	 57: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 58: StXMemW dst: rfp src: r5 off: -216 imm: 0
	 59: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 60: StXMemW dst: rfp src: r5 off: -212 imm: 0
	 61: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	 62: AddReg dst: r4 src: r1
l4_4:
	   ; transport header (IPv4)
	 63: OrReg dst: r7 src: r5
	 64: MovImm dst: r8 imm: 0
	 65: StMemW dst: rfp src: r0 off: -208 imm: 0
	 66: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	 67: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	 68: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	 69: JEqImm dst: r5 off: -1 imm: 1 <icmp_4>
	 70: Ja off: -1 <l4done_4>
tcp_4:
	 71: MovReg dst: r0 src: r4
	 72: AddImm dst: r0 imm: 20
	 73: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 74: Ja off: -1 <ports_4>
udp_4:
	 75: MovReg dst: r0 src: r4
	 76: AddImm dst: r0 imm: 8
	 77: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 78: Ja off: -1 <ports_4>
ports_4:
	 79: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 80: StXMemW dst: rfp src: r1 off: -208 imm: 0
	 81: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 82: SwapBE dst: r8 
	 83: Ja off: -1 <l4done_4>
icmp_4:
	   ; ICMP type (echo tracked by identifier)
	 84: MovReg dst: r0 src: r4
	 85: AddImm dst: r0 imm: 8
	 86: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 87: LdXMemB dst: r8 src: r4 off: 0 imm: 0
	 88: JEqImm dst: r8 off: -1 imm: 8 <echoreq_4>
	 89: JEqImm dst: r8 off: -1 imm: 0 <echorep_4>
	 90: OrImm dst: r7 imm: 512
	 91: Ja off: -1 <l4done_4>
echoreq_4:
	 92: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	 93: StXMemH dst: rfp src: r1 off: -208 imm: 0
	 94: Ja off: -1 <l4done_4>
echorep_4:
	 95: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	 96: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 97: Ja off: -1 <l4done_4>
l4done_4:
	 98: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 99: StMemB dst: rfp src: r0 off: -203 imm: 1
	100: StMemH dst: rfp src: r0 off: -202 imm: 0
	101: StMemW dst: rfp src: r0 off: -200 imm: 300
	102: StMemB dst: rfp src: r0 off: -136 imm: 4
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	103: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	104: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	105: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	106: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	107: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	108: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	109: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	110: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	111: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	112: StMemB dst: rfp src: r0 off: -203 imm: 0
	113: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	114: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	115: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	116: StXMemW dst: rfp src: r2 off: -216 imm: 0
	117: StXMemW dst: rfp src: r1 off: -212 imm: 0
	118: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	119: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	120: StXMemH dst: rfp src: r2 off: -208 imm: 0
	121: StXMemH dst: rfp src: r1 off: -206 imm: 0
	122: StMemH dst: rfp src: r0 off: -202 imm: 0
	123: StMemB dst: rfp src: r0 off: -203 imm: 0
	124: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	126: MovReg dst: r2 src: rfp
	127: AddImm dst: r2 imm: -216
	128: Call FnMapLookupElem
	129: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	130: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	131: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	132: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	133: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	134: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	135: StXMemW dst: rfp src: r2 off: -216 imm: 0
	136: StXMemW dst: rfp src: r1 off: -212 imm: 0
	137: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	138: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	139: StXMemH dst: rfp src: r2 off: -208 imm: 0
	140: StXMemH dst: rfp src: r1 off: -206 imm: 0
	141: StMemH dst: rfp src: r0 off: -202 imm: 0
	142: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	143: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	145: MovReg dst: r2 src: rfp
	146: AddImm dst: r2 imm: -216
	147: Call FnMapLookupElem
	148: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	149: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	150: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	151: Ja off: -1 <ct_reply>
ct_miss_3:
	152: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_skip_2:
	153: StMemW dst: rfp src: r0 off: -144 imm: 0
	154: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	155: StMemW dst: rfp src: r0 off: -140 imm: 3
	156: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	158: MovReg dst: r2 src: rfp
	159: AddImm dst: r2 imm: -140
	160: Call FnMapLookupElem
	161: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	162: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	163: AddImm dst: r1 imm: 1
	164: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	165: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	166: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	167: AddReg dst: r2 src: r1
	168: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	169: MovImm dst: r0 imm: 0
	170: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	171: StMemW dst: rfp src: r0 off: -140 imm: 4
	172: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	174: MovReg dst: r2 src: rfp
	175: AddImm dst: r2 imm: -140
	176: Call FnMapLookupElem
	177: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	178: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	179: AddImm dst: r1 imm: 1
	180: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	181: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	182: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	183: AddReg dst: r2 src: r1
	184: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	185: MovImm dst: r0 imm: 0
	186: Exit
default:
	   ; no entry matches: deny (enforced=true)
	187: MovImm dst: r8 imm: 0
	188: Ja off: -1 <verdict_deny>
verdict_deny:
	   ; verdict deny: count, emit an event, drop (never recorded)
	189: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	190: XorReg dst: r8 src: r1
	191: XorReg dst: r8 src: r1
	192: StXMemW dst: rfp src: r8 off: -140 imm: 0
	193: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	195: MovReg dst: r2 src: rfp
	196: AddImm dst: r2 imm: -140
	197: Call FnMapLookupElem
	198: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	199: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	200: AddImm dst: r1 imm: 1
	201: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	202: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	203: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	204: AddReg dst: r2 src: r1
	205: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	206: StMemW dst: rfp src: r0 off: -64 imm: 300
	207: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	208: StXMemW dst: rfp src: r1 off: -60 imm: 0
	209: StXMemW dst: rfp src: r8 off: -56 imm: 0
	210: StMemW dst: rfp src: r0 off: -44 imm: 0
	211: StMemW dst: rfp src: r0 off: -40 imm: 0
	212: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	213: StXMemW dst: rfp src: r1 off: -52 imm: 0
	214: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	215: OrImm dst: r1 imm: 67174400
	216: StXMemW dst: rfp src: r1 off: -48 imm: 0
	217: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	218: StXMemW dst: rfp src: r1 off: -36 imm: 0
	219: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	220: StXMemW dst: rfp src: r1 off: -20 imm: 0
	221: StMemW dst: rfp src: r0 off: -32 imm: 0
	222: StMemW dst: rfp src: r0 off: -16 imm: 0
	223: StMemW dst: rfp src: r0 off: -28 imm: 0
	224: StMemW dst: rfp src: r0 off: -12 imm: 0
	225: StMemW dst: rfp src: r0 off: -24 imm: 0
	226: StMemW dst: rfp src: r0 off: -8 imm: 0
	227: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	229: MovReg dst: r2 src: rfp
	230: AddImm dst: r2 imm: -64
	231: MovImm dst: r3 imm: 60
	232: MovImm dst: r4 imm: 0
	233: Call FnRingbufOutput
	234: MovImm dst: r0 imm: 2
	235: Exit
malformed:
	   ; truncated or malformed header: drop
	236: StMemW dst: rfp src: r0 off: -140 imm: 2
	237: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	239: MovReg dst: r2 src: rfp
	240: AddImm dst: r2 imm: -140
	241: Call FnMapLookupElem
	242: JEqImm dst: r0 off: -1 imm: 0 <count_done_10>
	243: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	244: AddImm dst: r1 imm: 1
	245: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	246: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	247: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	248: AddReg dst: r2 src: r1
	249: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_10:
	250: MovImm dst: r0 imm: 2
	251: Exit
family:
	   ; IP family without addresses in this cluster: drop (enforced)
	252: StMemW dst: rfp src: r0 off: -140 imm: 5
	253: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	255: MovReg dst: r2 src: rfp
	256: AddImm dst: r2 imm: -140
	257: Call FnMapLookupElem
	258: JEqImm dst: r0 off: -1 imm: 0 <count_done_11>
	259: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	260: AddImm dst: r1 imm: 1
	261: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	262: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	263: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	264: AddReg dst: r2 src: r1
	265: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_11:
	266: MovImm dst: r0 imm: 2
	267: Exit

