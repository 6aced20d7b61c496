== subject-256 policy_ingress (section tcx/egress, enforced=false, 311 instructions)
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
	 69: JEqImm dst: r5 off: -1 imm: 1 <icmpx_4>
	 70: Ja off: -1 <l4done_4>
icmpx_4:
	   ; ICMP without ICMP entries: only neighbor discovery / fragmentation needed are special
	 71: MovReg dst: r0 src: r4
	 72: AddImm dst: r0 imm: 2
	 73: JGTReg dst: r0 off: -1 src: r3 <l4done_4>
	 74: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 75: JNEImm dst: r1 off: -1 imm: 3 <l4done_4>
	 76: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 77: JEqImm dst: r1 off: -1 imm: 4 <fragneeded>
	 78: Ja off: -1 <l4done_4>
tcp_4:
	 79: MovReg dst: r0 src: r4
	 80: AddImm dst: r0 imm: 20
	 81: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 82: Ja off: -1 <ports_4>
udp_4:
	 83: MovReg dst: r0 src: r4
	 84: AddImm dst: r0 imm: 8
	 85: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 86: Ja off: -1 <ports_4>
ports_4:
	 87: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 88: StXMemW dst: rfp src: r1 off: -208 imm: 0
	 89: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 90: SwapBE dst: r8 
	 91: Ja off: -1 <l4done_4>
l4done_4:
	 92: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 93: StMemB dst: rfp src: r0 off: -203 imm: 0
	 94: StMemH dst: rfp src: r0 off: -202 imm: 0
	 95: StMemW dst: rfp src: r0 off: -200 imm: 256
	 96: StMemB dst: rfp src: r0 off: -136 imm: 4
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 97: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 98: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 99: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	100: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	101: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	102: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	103: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	104: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	105: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	106: StMemB dst: rfp src: r0 off: -203 imm: 0
	107: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	108: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	109: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	110: StXMemW dst: rfp src: r2 off: -216 imm: 0
	111: StXMemW dst: rfp src: r1 off: -212 imm: 0
	112: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	113: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	114: StXMemH dst: rfp src: r2 off: -208 imm: 0
	115: StXMemH dst: rfp src: r1 off: -206 imm: 0
	116: StMemH dst: rfp src: r0 off: -202 imm: 0
	117: StMemB dst: rfp src: r0 off: -203 imm: 1
	118: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	120: MovReg dst: r2 src: rfp
	121: AddImm dst: r2 imm: -216
	122: Call FnMapLookupElem
	123: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	124: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	125: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	126: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	127: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	128: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	129: StXMemW dst: rfp src: r2 off: -216 imm: 0
	130: StXMemW dst: rfp src: r1 off: -212 imm: 0
	131: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	132: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	133: StXMemH dst: rfp src: r2 off: -208 imm: 0
	134: StXMemH dst: rfp src: r1 off: -206 imm: 0
	135: StMemH dst: rfp src: r0 off: -202 imm: 0
	136: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	137: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	139: MovReg dst: r2 src: rfp
	140: AddImm dst: r2 imm: -216
	141: Call FnMapLookupElem
	142: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	143: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	144: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	145: Ja off: -1 <ct_reply>
ct_miss_3:
	146: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_skip_2:
	147: StMemW dst: rfp src: r0 off: -144 imm: 0
	148: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	149: StMemW dst: rfp src: r0 off: -140 imm: 3
	150: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	152: MovReg dst: r2 src: rfp
	153: AddImm dst: r2 imm: -140
	154: Call FnMapLookupElem
	155: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	156: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	157: AddImm dst: r1 imm: 1
	158: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	159: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	160: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	161: AddReg dst: r2 src: r1
	162: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	163: MovImm dst: r0 imm: 0
	164: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	165: StMemW dst: rfp src: r0 off: -140 imm: 4
	166: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	168: MovReg dst: r2 src: rfp
	169: AddImm dst: r2 imm: -140
	170: Call FnMapLookupElem
	171: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	172: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	173: AddImm dst: r1 imm: 1
	174: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	175: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	176: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	177: AddReg dst: r2 src: r1
	178: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	179: MovImm dst: r0 imm: 0
	180: Exit
default:
	   ; no entry matches: allow (enforced=false)
	181: MovImm dst: r8 imm: 0
	182: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	183: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	184: XorReg dst: r8 src: r1
	185: XorReg dst: r8 src: r1
	186: StXMemW dst: rfp src: r8 off: -140 imm: 0
	187: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	189: MovReg dst: r2 src: rfp
	190: AddImm dst: r2 imm: -140
	191: Call FnMapLookupElem
	192: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	193: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	194: AddImm dst: r1 imm: 1
	195: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	196: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	197: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	198: AddReg dst: r2 src: r1
	199: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	200: StMemW dst: rfp src: r0 off: -60 imm: 256
	201: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	202: StXMemW dst: rfp src: r1 off: -64 imm: 0
	203: StXMemW dst: rfp src: r8 off: -56 imm: 0
	204: StMemW dst: rfp src: r0 off: -44 imm: 0
	205: StMemW dst: rfp src: r0 off: -40 imm: 0
	206: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	207: StXMemW dst: rfp src: r1 off: -52 imm: 0
	208: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	209: OrImm dst: r1 imm: 67109120
	210: StXMemW dst: rfp src: r1 off: -48 imm: 0
	211: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	212: StXMemW dst: rfp src: r1 off: -36 imm: 0
	213: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	214: StXMemW dst: rfp src: r1 off: -20 imm: 0
	215: StMemW dst: rfp src: r0 off: -32 imm: 0
	216: StMemW dst: rfp src: r0 off: -16 imm: 0
	217: StMemW dst: rfp src: r0 off: -28 imm: 0
	218: StMemW dst: rfp src: r0 off: -12 imm: 0
	219: StMemW dst: rfp src: r0 off: -24 imm: 0
	220: StMemW dst: rfp src: r0 off: -8 imm: 0
	221: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	223: MovReg dst: r2 src: rfp
	224: AddImm dst: r2 imm: -64
	225: MovImm dst: r3 imm: 60
	226: MovImm dst: r4 imm: 0
	227: Call FnRingbufOutput
	228: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_10>
	229: StXMemW dst: rfp src: r8 off: -172 imm: 0
	230: StMemH dst: rfp src: r0 off: -168 imm: 0
	231: StMemB dst: rfp src: r0 off: -166 imm: 1
	232: StMemB dst: rfp src: r0 off: -165 imm: 0
	233: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	234: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	235: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	236: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	237: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	238: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	239: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	240: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	241: StMemB dst: rfp src: r0 off: -203 imm: 0
	242: Ja off: -1 <ct_ordered_11>
ct_swap_12:
	243: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	244: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	245: StXMemW dst: rfp src: r2 off: -216 imm: 0
	246: StXMemW dst: rfp src: r1 off: -212 imm: 0
	247: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	248: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	249: StXMemH dst: rfp src: r2 off: -208 imm: 0
	250: StXMemH dst: rfp src: r1 off: -206 imm: 0
	251: StMemH dst: rfp src: r0 off: -202 imm: 0
	252: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_11:
	253: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	255: MovReg dst: r2 src: rfp
	256: AddImm dst: r2 imm: -216
	257: MovReg dst: r3 src: rfp
	258: AddImm dst: r3 imm: -172
	259: MovImm dst: r4 imm: 0
	260: Call FnMapUpdateElem
ct_norecord_10:
	261: MovImm dst: r0 imm: 0
	262: Exit
fragneeded:
	   ; ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed
	263: StMemW dst: rfp src: r0 off: -140 imm: 9
	264: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	266: MovReg dst: r2 src: rfp
	267: AddImm dst: r2 imm: -140
	268: Call FnMapLookupElem
	269: JEqImm dst: r0 off: -1 imm: 0 <count_done_13>
	270: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	271: AddImm dst: r1 imm: 1
	272: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	273: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	274: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	275: AddReg dst: r2 src: r1
	276: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_13:
	277: MovImm dst: r0 imm: 0
	278: Exit
malformed:
	   ; truncated or malformed header: drop
	279: StMemW dst: rfp src: r0 off: -140 imm: 2
	280: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	282: MovReg dst: r2 src: rfp
	283: AddImm dst: r2 imm: -140
	284: Call FnMapLookupElem
	285: JEqImm dst: r0 off: -1 imm: 0 <count_done_14>
	286: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	287: AddImm dst: r1 imm: 1
	288: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	289: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	290: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	291: AddReg dst: r2 src: r1
	292: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_14:
	293: MovImm dst: r0 imm: 2
	294: Exit
family:
	   ; IP family without addresses in this cluster: pass (not enforced)
	295: StMemW dst: rfp src: r0 off: -140 imm: 5
	296: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	298: MovReg dst: r2 src: rfp
	299: AddImm dst: r2 imm: -140
	300: Call FnMapLookupElem
	301: JEqImm dst: r0 off: -1 imm: 0 <count_done_15>
	302: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	303: AddImm dst: r1 imm: 1
	304: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	305: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	306: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	307: AddReg dst: r2 src: r1
	308: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_15:
	309: MovImm dst: r0 imm: 0
	310: Exit

== subject-256 policy_egress (section tcx/ingress, enforced=false, 311 instructions)
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
	 69: JEqImm dst: r5 off: -1 imm: 1 <icmpx_4>
	 70: Ja off: -1 <l4done_4>
icmpx_4:
	   ; ICMP without ICMP entries: only neighbor discovery / fragmentation needed are special
	 71: MovReg dst: r0 src: r4
	 72: AddImm dst: r0 imm: 2
	 73: JGTReg dst: r0 off: -1 src: r3 <l4done_4>
	 74: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 75: JNEImm dst: r1 off: -1 imm: 3 <l4done_4>
	 76: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 77: JEqImm dst: r1 off: -1 imm: 4 <fragneeded>
	 78: Ja off: -1 <l4done_4>
tcp_4:
	 79: MovReg dst: r0 src: r4
	 80: AddImm dst: r0 imm: 20
	 81: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 82: Ja off: -1 <ports_4>
udp_4:
	 83: MovReg dst: r0 src: r4
	 84: AddImm dst: r0 imm: 8
	 85: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 86: Ja off: -1 <ports_4>
ports_4:
	 87: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 88: StXMemW dst: rfp src: r1 off: -208 imm: 0
	 89: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 90: SwapBE dst: r8 
	 91: Ja off: -1 <l4done_4>
l4done_4:
	 92: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 93: StMemB dst: rfp src: r0 off: -203 imm: 1
	 94: StMemH dst: rfp src: r0 off: -202 imm: 0
	 95: StMemW dst: rfp src: r0 off: -200 imm: 256
	 96: StMemB dst: rfp src: r0 off: -136 imm: 4
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 97: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 98: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 99: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	100: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	101: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	102: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	103: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	104: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	105: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	106: StMemB dst: rfp src: r0 off: -203 imm: 0
	107: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	108: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	109: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	110: StXMemW dst: rfp src: r2 off: -216 imm: 0
	111: StXMemW dst: rfp src: r1 off: -212 imm: 0
	112: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	113: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	114: StXMemH dst: rfp src: r2 off: -208 imm: 0
	115: StXMemH dst: rfp src: r1 off: -206 imm: 0
	116: StMemH dst: rfp src: r0 off: -202 imm: 0
	117: StMemB dst: rfp src: r0 off: -203 imm: 0
	118: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	120: MovReg dst: r2 src: rfp
	121: AddImm dst: r2 imm: -216
	122: Call FnMapLookupElem
	123: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	124: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	125: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	126: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	127: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	128: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	129: StXMemW dst: rfp src: r2 off: -216 imm: 0
	130: StXMemW dst: rfp src: r1 off: -212 imm: 0
	131: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	132: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	133: StXMemH dst: rfp src: r2 off: -208 imm: 0
	134: StXMemH dst: rfp src: r1 off: -206 imm: 0
	135: StMemH dst: rfp src: r0 off: -202 imm: 0
	136: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	137: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	139: MovReg dst: r2 src: rfp
	140: AddImm dst: r2 imm: -216
	141: Call FnMapLookupElem
	142: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	143: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	144: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	145: Ja off: -1 <ct_reply>
ct_miss_3:
	146: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_skip_2:
	147: StMemW dst: rfp src: r0 off: -144 imm: 0
	148: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	149: StMemW dst: rfp src: r0 off: -140 imm: 3
	150: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	152: MovReg dst: r2 src: rfp
	153: AddImm dst: r2 imm: -140
	154: Call FnMapLookupElem
	155: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	156: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	157: AddImm dst: r1 imm: 1
	158: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	159: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	160: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	161: AddReg dst: r2 src: r1
	162: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	163: MovImm dst: r0 imm: 0
	164: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	165: StMemW dst: rfp src: r0 off: -140 imm: 4
	166: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	168: MovReg dst: r2 src: rfp
	169: AddImm dst: r2 imm: -140
	170: Call FnMapLookupElem
	171: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	172: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	173: AddImm dst: r1 imm: 1
	174: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	175: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	176: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	177: AddReg dst: r2 src: r1
	178: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	179: MovImm dst: r0 imm: 0
	180: Exit
default:
	   ; no entry matches: allow (enforced=false)
	181: MovImm dst: r8 imm: 0
	182: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	183: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	184: XorReg dst: r8 src: r1
	185: XorReg dst: r8 src: r1
	186: StXMemW dst: rfp src: r8 off: -140 imm: 0
	187: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	189: MovReg dst: r2 src: rfp
	190: AddImm dst: r2 imm: -140
	191: Call FnMapLookupElem
	192: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	193: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	194: AddImm dst: r1 imm: 1
	195: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	196: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	197: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	198: AddReg dst: r2 src: r1
	199: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	200: StMemW dst: rfp src: r0 off: -64 imm: 256
	201: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	202: StXMemW dst: rfp src: r1 off: -60 imm: 0
	203: StXMemW dst: rfp src: r8 off: -56 imm: 0
	204: StMemW dst: rfp src: r0 off: -44 imm: 0
	205: StMemW dst: rfp src: r0 off: -40 imm: 0
	206: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	207: StXMemW dst: rfp src: r1 off: -52 imm: 0
	208: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	209: OrImm dst: r1 imm: 67174656
	210: StXMemW dst: rfp src: r1 off: -48 imm: 0
	211: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	212: StXMemW dst: rfp src: r1 off: -36 imm: 0
	213: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	214: StXMemW dst: rfp src: r1 off: -20 imm: 0
	215: StMemW dst: rfp src: r0 off: -32 imm: 0
	216: StMemW dst: rfp src: r0 off: -16 imm: 0
	217: StMemW dst: rfp src: r0 off: -28 imm: 0
	218: StMemW dst: rfp src: r0 off: -12 imm: 0
	219: StMemW dst: rfp src: r0 off: -24 imm: 0
	220: StMemW dst: rfp src: r0 off: -8 imm: 0
	221: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	223: MovReg dst: r2 src: rfp
	224: AddImm dst: r2 imm: -64
	225: MovImm dst: r3 imm: 60
	226: MovImm dst: r4 imm: 0
	227: Call FnRingbufOutput
	228: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_10>
	229: StXMemW dst: rfp src: r8 off: -172 imm: 0
	230: StMemH dst: rfp src: r0 off: -168 imm: 0
	231: StMemB dst: rfp src: r0 off: -166 imm: 1
	232: StMemB dst: rfp src: r0 off: -165 imm: 1
	233: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	234: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	235: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	236: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	237: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	238: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	239: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	240: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	241: StMemB dst: rfp src: r0 off: -203 imm: 0
	242: Ja off: -1 <ct_ordered_11>
ct_swap_12:
	243: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	244: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	245: StXMemW dst: rfp src: r2 off: -216 imm: 0
	246: StXMemW dst: rfp src: r1 off: -212 imm: 0
	247: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	248: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	249: StXMemH dst: rfp src: r2 off: -208 imm: 0
	250: StXMemH dst: rfp src: r1 off: -206 imm: 0
	251: StMemH dst: rfp src: r0 off: -202 imm: 0
	252: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_11:
	253: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	255: MovReg dst: r2 src: rfp
	256: AddImm dst: r2 imm: -216
	257: MovReg dst: r3 src: rfp
	258: AddImm dst: r3 imm: -172
	259: MovImm dst: r4 imm: 0
	260: Call FnMapUpdateElem
ct_norecord_10:
	261: MovImm dst: r0 imm: 0
	262: Exit
fragneeded:
	   ; ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed
	263: StMemW dst: rfp src: r0 off: -140 imm: 9
	264: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	266: MovReg dst: r2 src: rfp
	267: AddImm dst: r2 imm: -140
	268: Call FnMapLookupElem
	269: JEqImm dst: r0 off: -1 imm: 0 <count_done_13>
	270: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	271: AddImm dst: r1 imm: 1
	272: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	273: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	274: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	275: AddReg dst: r2 src: r1
	276: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_13:
	277: MovImm dst: r0 imm: 0
	278: Exit
malformed:
	   ; truncated or malformed header: drop
	279: StMemW dst: rfp src: r0 off: -140 imm: 2
	280: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	282: MovReg dst: r2 src: rfp
	283: AddImm dst: r2 imm: -140
	284: Call FnMapLookupElem
	285: JEqImm dst: r0 off: -1 imm: 0 <count_done_14>
	286: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	287: AddImm dst: r1 imm: 1
	288: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	289: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	290: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	291: AddReg dst: r2 src: r1
	292: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_14:
	293: MovImm dst: r0 imm: 2
	294: Exit
family:
	   ; IP family without addresses in this cluster: pass (not enforced)
	295: StMemW dst: rfp src: r0 off: -140 imm: 5
	296: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	298: MovReg dst: r2 src: rfp
	299: AddImm dst: r2 imm: -140
	300: Call FnMapLookupElem
	301: JEqImm dst: r0 off: -1 imm: 0 <count_done_15>
	302: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	303: AddImm dst: r1 imm: 1
	304: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	305: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	306: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	307: AddReg dst: r2 src: r1
	308: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_15:
	309: MovImm dst: r0 imm: 0
	310: Exit

== subject-257 policy_ingress (section tcx/egress, enforced=false, 311 instructions)
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
	 69: JEqImm dst: r5 off: -1 imm: 1 <icmpx_4>
	 70: Ja off: -1 <l4done_4>
icmpx_4:
	   ; ICMP without ICMP entries: only neighbor discovery / fragmentation needed are special
	 71: MovReg dst: r0 src: r4
	 72: AddImm dst: r0 imm: 2
	 73: JGTReg dst: r0 off: -1 src: r3 <l4done_4>
	 74: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 75: JNEImm dst: r1 off: -1 imm: 3 <l4done_4>
	 76: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 77: JEqImm dst: r1 off: -1 imm: 4 <fragneeded>
	 78: Ja off: -1 <l4done_4>
tcp_4:
	 79: MovReg dst: r0 src: r4
	 80: AddImm dst: r0 imm: 20
	 81: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 82: Ja off: -1 <ports_4>
udp_4:
	 83: MovReg dst: r0 src: r4
	 84: AddImm dst: r0 imm: 8
	 85: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 86: Ja off: -1 <ports_4>
ports_4:
	 87: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 88: StXMemW dst: rfp src: r1 off: -208 imm: 0
	 89: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 90: SwapBE dst: r8 
	 91: Ja off: -1 <l4done_4>
l4done_4:
	 92: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 93: StMemB dst: rfp src: r0 off: -203 imm: 0
	 94: StMemH dst: rfp src: r0 off: -202 imm: 0
	 95: StMemW dst: rfp src: r0 off: -200 imm: 257
	 96: StMemB dst: rfp src: r0 off: -136 imm: 4
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 97: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 98: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 99: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	100: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	101: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	102: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	103: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	104: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	105: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	106: StMemB dst: rfp src: r0 off: -203 imm: 0
	107: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	108: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	109: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	110: StXMemW dst: rfp src: r2 off: -216 imm: 0
	111: StXMemW dst: rfp src: r1 off: -212 imm: 0
	112: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	113: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	114: StXMemH dst: rfp src: r2 off: -208 imm: 0
	115: StXMemH dst: rfp src: r1 off: -206 imm: 0
	116: StMemH dst: rfp src: r0 off: -202 imm: 0
	117: StMemB dst: rfp src: r0 off: -203 imm: 1
	118: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	120: MovReg dst: r2 src: rfp
	121: AddImm dst: r2 imm: -216
	122: Call FnMapLookupElem
	123: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	124: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	125: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	126: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	127: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	128: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	129: StXMemW dst: rfp src: r2 off: -216 imm: 0
	130: StXMemW dst: rfp src: r1 off: -212 imm: 0
	131: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	132: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	133: StXMemH dst: rfp src: r2 off: -208 imm: 0
	134: StXMemH dst: rfp src: r1 off: -206 imm: 0
	135: StMemH dst: rfp src: r0 off: -202 imm: 0
	136: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	137: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	139: MovReg dst: r2 src: rfp
	140: AddImm dst: r2 imm: -216
	141: Call FnMapLookupElem
	142: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	143: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	144: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	145: Ja off: -1 <ct_reply>
ct_miss_3:
	146: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_skip_2:
	147: StMemW dst: rfp src: r0 off: -144 imm: 0
	148: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	149: StMemW dst: rfp src: r0 off: -140 imm: 3
	150: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	152: MovReg dst: r2 src: rfp
	153: AddImm dst: r2 imm: -140
	154: Call FnMapLookupElem
	155: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	156: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	157: AddImm dst: r1 imm: 1
	158: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	159: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	160: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	161: AddReg dst: r2 src: r1
	162: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	163: MovImm dst: r0 imm: 0
	164: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	165: StMemW dst: rfp src: r0 off: -140 imm: 4
	166: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	168: MovReg dst: r2 src: rfp
	169: AddImm dst: r2 imm: -140
	170: Call FnMapLookupElem
	171: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	172: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	173: AddImm dst: r1 imm: 1
	174: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	175: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	176: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	177: AddReg dst: r2 src: r1
	178: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	179: MovImm dst: r0 imm: 0
	180: Exit
default:
	   ; no entry matches: allow (enforced=false)
	181: MovImm dst: r8 imm: 0
	182: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	183: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	184: XorReg dst: r8 src: r1
	185: XorReg dst: r8 src: r1
	186: StXMemW dst: rfp src: r8 off: -140 imm: 0
	187: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	189: MovReg dst: r2 src: rfp
	190: AddImm dst: r2 imm: -140
	191: Call FnMapLookupElem
	192: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	193: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	194: AddImm dst: r1 imm: 1
	195: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	196: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	197: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	198: AddReg dst: r2 src: r1
	199: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	200: StMemW dst: rfp src: r0 off: -60 imm: 257
	201: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	202: StXMemW dst: rfp src: r1 off: -64 imm: 0
	203: StXMemW dst: rfp src: r8 off: -56 imm: 0
	204: StMemW dst: rfp src: r0 off: -44 imm: 0
	205: StMemW dst: rfp src: r0 off: -40 imm: 0
	206: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	207: StXMemW dst: rfp src: r1 off: -52 imm: 0
	208: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	209: OrImm dst: r1 imm: 67109120
	210: StXMemW dst: rfp src: r1 off: -48 imm: 0
	211: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	212: StXMemW dst: rfp src: r1 off: -36 imm: 0
	213: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	214: StXMemW dst: rfp src: r1 off: -20 imm: 0
	215: StMemW dst: rfp src: r0 off: -32 imm: 0
	216: StMemW dst: rfp src: r0 off: -16 imm: 0
	217: StMemW dst: rfp src: r0 off: -28 imm: 0
	218: StMemW dst: rfp src: r0 off: -12 imm: 0
	219: StMemW dst: rfp src: r0 off: -24 imm: 0
	220: StMemW dst: rfp src: r0 off: -8 imm: 0
	221: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	223: MovReg dst: r2 src: rfp
	224: AddImm dst: r2 imm: -64
	225: MovImm dst: r3 imm: 60
	226: MovImm dst: r4 imm: 0
	227: Call FnRingbufOutput
	228: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_10>
	229: StXMemW dst: rfp src: r8 off: -172 imm: 0
	230: StMemH dst: rfp src: r0 off: -168 imm: 0
	231: StMemB dst: rfp src: r0 off: -166 imm: 1
	232: StMemB dst: rfp src: r0 off: -165 imm: 0
	233: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	234: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	235: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	236: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	237: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	238: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	239: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	240: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	241: StMemB dst: rfp src: r0 off: -203 imm: 0
	242: Ja off: -1 <ct_ordered_11>
ct_swap_12:
	243: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	244: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	245: StXMemW dst: rfp src: r2 off: -216 imm: 0
	246: StXMemW dst: rfp src: r1 off: -212 imm: 0
	247: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	248: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	249: StXMemH dst: rfp src: r2 off: -208 imm: 0
	250: StXMemH dst: rfp src: r1 off: -206 imm: 0
	251: StMemH dst: rfp src: r0 off: -202 imm: 0
	252: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_11:
	253: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	255: MovReg dst: r2 src: rfp
	256: AddImm dst: r2 imm: -216
	257: MovReg dst: r3 src: rfp
	258: AddImm dst: r3 imm: -172
	259: MovImm dst: r4 imm: 0
	260: Call FnMapUpdateElem
ct_norecord_10:
	261: MovImm dst: r0 imm: 0
	262: Exit
fragneeded:
	   ; ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed
	263: StMemW dst: rfp src: r0 off: -140 imm: 9
	264: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	266: MovReg dst: r2 src: rfp
	267: AddImm dst: r2 imm: -140
	268: Call FnMapLookupElem
	269: JEqImm dst: r0 off: -1 imm: 0 <count_done_13>
	270: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	271: AddImm dst: r1 imm: 1
	272: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	273: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	274: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	275: AddReg dst: r2 src: r1
	276: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_13:
	277: MovImm dst: r0 imm: 0
	278: Exit
malformed:
	   ; truncated or malformed header: drop
	279: StMemW dst: rfp src: r0 off: -140 imm: 2
	280: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	282: MovReg dst: r2 src: rfp
	283: AddImm dst: r2 imm: -140
	284: Call FnMapLookupElem
	285: JEqImm dst: r0 off: -1 imm: 0 <count_done_14>
	286: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	287: AddImm dst: r1 imm: 1
	288: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	289: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	290: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	291: AddReg dst: r2 src: r1
	292: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_14:
	293: MovImm dst: r0 imm: 2
	294: Exit
family:
	   ; IP family without addresses in this cluster: pass (not enforced)
	295: StMemW dst: rfp src: r0 off: -140 imm: 5
	296: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	298: MovReg dst: r2 src: rfp
	299: AddImm dst: r2 imm: -140
	300: Call FnMapLookupElem
	301: JEqImm dst: r0 off: -1 imm: 0 <count_done_15>
	302: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	303: AddImm dst: r1 imm: 1
	304: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	305: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	306: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	307: AddReg dst: r2 src: r1
	308: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_15:
	309: MovImm dst: r0 imm: 0
	310: Exit

== subject-257 policy_egress (section tcx/ingress, enforced=false, 311 instructions)
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
	 69: JEqImm dst: r5 off: -1 imm: 1 <icmpx_4>
	 70: Ja off: -1 <l4done_4>
icmpx_4:
	   ; ICMP without ICMP entries: only neighbor discovery / fragmentation needed are special
	 71: MovReg dst: r0 src: r4
	 72: AddImm dst: r0 imm: 2
	 73: JGTReg dst: r0 off: -1 src: r3 <l4done_4>
	 74: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 75: JNEImm dst: r1 off: -1 imm: 3 <l4done_4>
	 76: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 77: JEqImm dst: r1 off: -1 imm: 4 <fragneeded>
	 78: Ja off: -1 <l4done_4>
tcp_4:
	 79: MovReg dst: r0 src: r4
	 80: AddImm dst: r0 imm: 20
	 81: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 82: Ja off: -1 <ports_4>
udp_4:
	 83: MovReg dst: r0 src: r4
	 84: AddImm dst: r0 imm: 8
	 85: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 86: Ja off: -1 <ports_4>
ports_4:
	 87: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 88: StXMemW dst: rfp src: r1 off: -208 imm: 0
	 89: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 90: SwapBE dst: r8 
	 91: Ja off: -1 <l4done_4>
l4done_4:
	 92: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 93: StMemB dst: rfp src: r0 off: -203 imm: 1
	 94: StMemH dst: rfp src: r0 off: -202 imm: 0
	 95: StMemW dst: rfp src: r0 off: -200 imm: 257
	 96: StMemB dst: rfp src: r0 off: -136 imm: 4
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 97: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 98: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 99: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	100: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	101: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	102: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	103: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	104: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	105: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	106: StMemB dst: rfp src: r0 off: -203 imm: 0
	107: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	108: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	109: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	110: StXMemW dst: rfp src: r2 off: -216 imm: 0
	111: StXMemW dst: rfp src: r1 off: -212 imm: 0
	112: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	113: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	114: StXMemH dst: rfp src: r2 off: -208 imm: 0
	115: StXMemH dst: rfp src: r1 off: -206 imm: 0
	116: StMemH dst: rfp src: r0 off: -202 imm: 0
	117: StMemB dst: rfp src: r0 off: -203 imm: 0
	118: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	120: MovReg dst: r2 src: rfp
	121: AddImm dst: r2 imm: -216
	122: Call FnMapLookupElem
	123: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	124: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	125: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	126: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	127: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	128: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	129: StXMemW dst: rfp src: r2 off: -216 imm: 0
	130: StXMemW dst: rfp src: r1 off: -212 imm: 0
	131: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	132: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	133: StXMemH dst: rfp src: r2 off: -208 imm: 0
	134: StXMemH dst: rfp src: r1 off: -206 imm: 0
	135: StMemH dst: rfp src: r0 off: -202 imm: 0
	136: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	137: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	139: MovReg dst: r2 src: rfp
	140: AddImm dst: r2 imm: -216
	141: Call FnMapLookupElem
	142: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	143: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	144: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	145: Ja off: -1 <ct_reply>
ct_miss_3:
	146: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_skip_2:
	147: StMemW dst: rfp src: r0 off: -144 imm: 0
	148: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	149: StMemW dst: rfp src: r0 off: -140 imm: 3
	150: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	152: MovReg dst: r2 src: rfp
	153: AddImm dst: r2 imm: -140
	154: Call FnMapLookupElem
	155: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	156: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	157: AddImm dst: r1 imm: 1
	158: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	159: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	160: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	161: AddReg dst: r2 src: r1
	162: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	163: MovImm dst: r0 imm: 0
	164: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	165: StMemW dst: rfp src: r0 off: -140 imm: 4
	166: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	168: MovReg dst: r2 src: rfp
	169: AddImm dst: r2 imm: -140
	170: Call FnMapLookupElem
	171: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	172: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	173: AddImm dst: r1 imm: 1
	174: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	175: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	176: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	177: AddReg dst: r2 src: r1
	178: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	179: MovImm dst: r0 imm: 0
	180: Exit
default:
	   ; no entry matches: allow (enforced=false)
	181: MovImm dst: r8 imm: 0
	182: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	183: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	184: XorReg dst: r8 src: r1
	185: XorReg dst: r8 src: r1
	186: StXMemW dst: rfp src: r8 off: -140 imm: 0
	187: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	189: MovReg dst: r2 src: rfp
	190: AddImm dst: r2 imm: -140
	191: Call FnMapLookupElem
	192: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	193: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	194: AddImm dst: r1 imm: 1
	195: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	196: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	197: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	198: AddReg dst: r2 src: r1
	199: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	200: StMemW dst: rfp src: r0 off: -64 imm: 257
	201: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	202: StXMemW dst: rfp src: r1 off: -60 imm: 0
	203: StXMemW dst: rfp src: r8 off: -56 imm: 0
	204: StMemW dst: rfp src: r0 off: -44 imm: 0
	205: StMemW dst: rfp src: r0 off: -40 imm: 0
	206: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	207: StXMemW dst: rfp src: r1 off: -52 imm: 0
	208: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	209: OrImm dst: r1 imm: 67174656
	210: StXMemW dst: rfp src: r1 off: -48 imm: 0
	211: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	212: StXMemW dst: rfp src: r1 off: -36 imm: 0
	213: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	214: StXMemW dst: rfp src: r1 off: -20 imm: 0
	215: StMemW dst: rfp src: r0 off: -32 imm: 0
	216: StMemW dst: rfp src: r0 off: -16 imm: 0
	217: StMemW dst: rfp src: r0 off: -28 imm: 0
	218: StMemW dst: rfp src: r0 off: -12 imm: 0
	219: StMemW dst: rfp src: r0 off: -24 imm: 0
	220: StMemW dst: rfp src: r0 off: -8 imm: 0
	221: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	223: MovReg dst: r2 src: rfp
	224: AddImm dst: r2 imm: -64
	225: MovImm dst: r3 imm: 60
	226: MovImm dst: r4 imm: 0
	227: Call FnRingbufOutput
	228: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_10>
	229: StXMemW dst: rfp src: r8 off: -172 imm: 0
	230: StMemH dst: rfp src: r0 off: -168 imm: 0
	231: StMemB dst: rfp src: r0 off: -166 imm: 1
	232: StMemB dst: rfp src: r0 off: -165 imm: 1
	233: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	234: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	235: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	236: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	237: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	238: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	239: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	240: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	241: StMemB dst: rfp src: r0 off: -203 imm: 0
	242: Ja off: -1 <ct_ordered_11>
ct_swap_12:
	243: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	244: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	245: StXMemW dst: rfp src: r2 off: -216 imm: 0
	246: StXMemW dst: rfp src: r1 off: -212 imm: 0
	247: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	248: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	249: StXMemH dst: rfp src: r2 off: -208 imm: 0
	250: StXMemH dst: rfp src: r1 off: -206 imm: 0
	251: StMemH dst: rfp src: r0 off: -202 imm: 0
	252: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_11:
	253: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	255: MovReg dst: r2 src: rfp
	256: AddImm dst: r2 imm: -216
	257: MovReg dst: r3 src: rfp
	258: AddImm dst: r3 imm: -172
	259: MovImm dst: r4 imm: 0
	260: Call FnMapUpdateElem
ct_norecord_10:
	261: MovImm dst: r0 imm: 0
	262: Exit
fragneeded:
	   ; ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed
	263: StMemW dst: rfp src: r0 off: -140 imm: 9
	264: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	266: MovReg dst: r2 src: rfp
	267: AddImm dst: r2 imm: -140
	268: Call FnMapLookupElem
	269: JEqImm dst: r0 off: -1 imm: 0 <count_done_13>
	270: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	271: AddImm dst: r1 imm: 1
	272: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	273: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	274: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	275: AddReg dst: r2 src: r1
	276: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_13:
	277: MovImm dst: r0 imm: 0
	278: Exit
malformed:
	   ; truncated or malformed header: drop
	279: StMemW dst: rfp src: r0 off: -140 imm: 2
	280: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	282: MovReg dst: r2 src: rfp
	283: AddImm dst: r2 imm: -140
	284: Call FnMapLookupElem
	285: JEqImm dst: r0 off: -1 imm: 0 <count_done_14>
	286: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	287: AddImm dst: r1 imm: 1
	288: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	289: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	290: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	291: AddReg dst: r2 src: r1
	292: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_14:
	293: MovImm dst: r0 imm: 2
	294: Exit
family:
	   ; IP family without addresses in this cluster: pass (not enforced)
	295: StMemW dst: rfp src: r0 off: -140 imm: 5
	296: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	298: MovReg dst: r2 src: rfp
	299: AddImm dst: r2 imm: -140
	300: Call FnMapLookupElem
	301: JEqImm dst: r0 off: -1 imm: 0 <count_done_15>
	302: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	303: AddImm dst: r1 imm: 1
	304: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	305: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	306: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	307: AddReg dst: r2 src: r1
	308: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_15:
	309: MovImm dst: r0 imm: 0
	310: Exit

== subject-300 policy_ingress (section tcx/egress, enforced=true, 561 instructions)
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
	  88: JNEImm dst: r8 off: -1 imm: 3 <echoreq_4_chk>
	  89: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	  90: JEqImm dst: r1 off: -1 imm: 4 <fragneeded>
echoreq_4_chk:
	  91: JEqImm dst: r8 off: -1 imm: 8 <echoreq_4>
	  92: JEqImm dst: r8 off: -1 imm: 0 <echorep_4>
	  93: OrImm dst: r7 imm: 512
	  94: Ja off: -1 <l4done_4>
echoreq_4:
	  95: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	  96: StXMemH dst: rfp src: r1 off: -208 imm: 0
	  97: Ja off: -1 <l4done_4>
echorep_4:
	  98: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	  99: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 100: Ja off: -1 <l4done_4>
l4done_4:
	 101: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 102: StMemB dst: rfp src: r0 off: -203 imm: 0
	 103: StMemH dst: rfp src: r0 off: -202 imm: 0
	 104: StMemW dst: rfp src: r0 off: -200 imm: 300
	 105: StMemB dst: rfp src: r0 off: -136 imm: 4
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 106: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 107: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 108: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 109: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 110: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 111: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 112: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 113: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 114: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 115: StMemB dst: rfp src: r0 off: -203 imm: 0
	 116: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	 117: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 118: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 119: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 120: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 121: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 122: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 123: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 124: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 125: StMemH dst: rfp src: r0 off: -202 imm: 0
	 126: StMemB dst: rfp src: r0 off: -203 imm: 1
	 127: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 129: MovReg dst: r2 src: rfp
	 130: AddImm dst: r2 imm: -216
	 131: Call FnMapLookupElem
	 132: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	 133: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 134: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 135: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	 136: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 137: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 138: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 139: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 140: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 141: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 142: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 143: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 144: StMemH dst: rfp src: r0 off: -202 imm: 0
	 145: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	 146: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 148: MovReg dst: r2 src: rfp
	 149: AddImm dst: r2 imm: -216
	 150: Call FnMapLookupElem
	 151: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 152: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 153: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 154: Ja off: -1 <ct_reply>
ct_miss_3:
	 155: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_skip_2:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 156: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 158: MovReg dst: r2 src: rfp
	 159: AddImm dst: r2 imm: -216
	 160: Call FnMapLookupElem
	 161: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 162: StMemW dst: rfp src: r0 off: -144 imm: 2
	 163: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 164: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	 165: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	 166: LShImm dst: r1 imm: 16
	 167: OrImm dst: r1 imm: 512
	 168: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
	 169: StMemW dst: rfp src: r0 off: -140 imm: 3
	 170: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 172: MovReg dst: r2 src: rfp
	 173: AddImm dst: r2 imm: -140
	 174: Call FnMapLookupElem
	 175: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	 176: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 177: AddImm dst: r1 imm: 1
	 178: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 179: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 180: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 181: AddReg dst: r2 src: r1
	 182: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	 183: MovImm dst: r0 imm: 0
	 184: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 185: StMemW dst: rfp src: r0 off: -140 imm: 4
	 186: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 188: MovReg dst: r2 src: rfp
	 189: AddImm dst: r2 imm: -140
	 190: Call FnMapLookupElem
	 191: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	 192: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 193: AddImm dst: r1 imm: 1
	 194: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 195: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 196: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 197: AddReg dst: r2 src: r1
	 198: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	 199: MovImm dst: r0 imm: 0
	 200: Exit
have_identity:
	 201: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 202: StXMemW dst: rfp src: r1 off: -144 imm: 0
	    ; ipcache hit: identity and the membership words the decision reads, from its value
	 203: LdXMemW dst: r1 src: r0 off: 8 imm: 0
	 204: StXMemW dst: rfp src: r1 off: -128 imm: 0
	 205: Ja off: -1 <words_ready>
membership:
	    ; selector membership of the world identity
	 206: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 208: MovReg dst: r2 src: rfp
	 209: AddImm dst: r2 imm: -144
	 210: Call FnMapLookupElem
	 211: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 212: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 213: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	 214: MovReg dst: r9 src: rfp
	 215: AddImm dst: r9 imm: -128
	 216: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 217: StMemW dst: rfp src: r0 off: -140 imm: 6
	 218: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 220: MovReg dst: r2 src: rfp
	 221: AddImm dst: r2 imm: -140
	 222: Call FnMapLookupElem
	 223: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	 224: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 225: AddImm dst: r1 imm: 1
	 226: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 227: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 228: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 229: AddReg dst: r2 src: r1
	 230: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	 231: Ja off: -1 <default>
decide:
	    ; decision (hash strategy, requested hash; tree would test 3 candidates, largest class 1): table 0, group of the peer, dispatch on protocol
	 232: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 233: StXMemW dst: rfp src: r1 off: -236 imm: 0
	 234: StMemW dst: rfp src: r0 off: -240 imm: 0
	 235: MovReg dst: r1 src: r7
	 236: AndImm dst: r1 imm: 511
	 237: JEqImm dst: r1 off: -1 imm: 1 <hport_1>
	 238: JEqImm dst: r1 off: -1 imm: 6 <hport_6>
	    ; other protocols and fragments: class 0 (ProtoAny entries)
	 239: StMemW dst: rfp src: r0 off: -232 imm: 0
	 240: StMemW dst: rfp src: r0 off: -224 imm: -1
	 241: Ja off: -1 <dec_lookup>
hport_1:
	    ; protocol 1: port index slot 0 (3 intervals), then wide class 0
	 242: StMemW dst: rfp src: r0 off: -224 imm: 0
	 243: MovImm dst: r1 imm: 0
	 244: Ja off: -1 <port_index>
hport_6:
	    ; protocol 6: port index slot 1 (5 intervals), then wide class 0
	 245: StMemW dst: rfp src: r0 off: -224 imm: 0
	 246: MovImm dst: r1 imm: 256
	 247: Ja off: -1 <port_index>
port_index:
	    ; port index: block slot*256 + port>>8, then its page unless the block has one class
	 248: MovReg dst: r2 src: r8
	 249: RShImm dst: r2 imm: 8
	 250: AddReg dst: r1 src: r2
	 251: StXMemW dst: rfp src: r1 off: -228 imm: 0
	 252: LoadMapPtr dst: r1 fd: 0 <policyc_pblock>
	 254: MovReg dst: r2 src: rfp
	 255: AddImm dst: r2 imm: -228
	 256: Call FnMapLookupElem
	 257: JEqImm dst: r0 off: -1 imm: 0 <default>
	 258: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 259: JNEImm dst: r1 off: -1 imm: 0 <port_page>
	 260: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 261: StXMemW dst: rfp src: r1 off: -232 imm: 0
	 262: Ja off: -1 <dec_lookup>
port_page:
	 263: SubImm32 dst: r1 imm: 1
	 264: LShImm32 dst: r1 imm: 8
	 265: MovReg dst: r2 src: r8
	 266: AndImm dst: r2 imm: 255
	 267: OrReg dst: r1 src: r2
	 268: StXMemW dst: rfp src: r1 off: -228 imm: 0
	 269: LoadMapPtr dst: r1 fd: 0 <policyc_ppage>
	 271: MovReg dst: r2 src: rfp
	 272: AddImm dst: r2 imm: -228
	 273: Call FnMapLookupElem
	 274: JEqImm dst: r0 off: -1 imm: 0 <default>
	 275: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 276: StXMemW dst: rfp src: r1 off: -232 imm: 0
dec_lookup:
	    ; decision lookup {table, group, class}; on a miss the protocol's wide class; then the default verdict
	 277: LoadMapPtr dst: r1 fd: 0 <policyc_dec>
	 279: MovReg dst: r2 src: rfp
	 280: AddImm dst: r2 imm: -240
	 281: Call FnMapLookupElem
	 282: JNEImm dst: r0 off: -1 imm: 0 <dec_hit>
	 283: LdXMemW dst: r1 src: rfp off: -224 imm: 0
	 284: JEq32Imm dst: r1 off: -1 imm: -1 <default>
	 285: StXMemW dst: rfp src: r1 off: -232 imm: 0
	 286: LoadMapPtr dst: r1 fd: 0 <policyc_dec>
	 288: MovReg dst: r2 src: rfp
	 289: AddImm dst: r2 imm: -240
	 290: Call FnMapLookupElem
	 291: JEqImm dst: r0 off: -1 imm: 0 <default>
dec_hit:
	    ; stored decision: entry id, proxy port (network order), verdict
	 292: LdXMemW dst: r8 src: r0 off: 0 imm: 0
	 293: LdXMemH dst: r9 src: r0 off: 4 imm: 0
	 294: LdXMemB dst: r1 src: r0 off: 6 imm: 0
	 295: JEqImm dst: r1 off: -1 imm: 1 <verdict_allow>
	 296: JEqImm dst: r1 off: -1 imm: 2 <verdict_redirect>
	 297: Ja off: -1 <verdict_deny>
default:
	    ; no entry matches: deny (enforced=true)
	 298: MovImm dst: r8 imm: 0
	 299: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 300: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 301: XorReg dst: r8 src: r1
	 302: XorReg dst: r8 src: r1
	 303: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 304: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 306: MovReg dst: r2 src: rfp
	 307: AddImm dst: r2 imm: -140
	 308: Call FnMapLookupElem
	 309: JEqImm dst: r0 off: -1 imm: 0 <count_done_10>
	 310: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 311: AddImm dst: r1 imm: 1
	 312: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 313: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 314: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 315: AddReg dst: r2 src: r1
	 316: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_10:
	 317: StMemW dst: rfp src: r0 off: -60 imm: 300
	 318: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 319: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 320: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 321: StMemW dst: rfp src: r0 off: -44 imm: 0
	 322: StMemW dst: rfp src: r0 off: -40 imm: 0
	 323: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 324: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 325: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 326: OrImm dst: r1 imm: 67108864
	 327: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 328: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 329: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 330: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 331: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 332: StMemW dst: rfp src: r0 off: -32 imm: 0
	 333: StMemW dst: rfp src: r0 off: -16 imm: 0
	 334: StMemW dst: rfp src: r0 off: -28 imm: 0
	 335: StMemW dst: rfp src: r0 off: -12 imm: 0
	 336: StMemW dst: rfp src: r0 off: -24 imm: 0
	 337: StMemW dst: rfp src: r0 off: -8 imm: 0
	 338: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 340: MovReg dst: r2 src: rfp
	 341: AddImm dst: r2 imm: -64
	 342: MovImm dst: r3 imm: 60
	 343: MovImm dst: r4 imm: 0
	 344: Call FnRingbufOutput
	 345: MovImm dst: r0 imm: 2
	 346: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 347: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 348: XorReg dst: r8 src: r1
	 349: XorReg dst: r8 src: r1
	 350: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 351: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 353: MovReg dst: r2 src: rfp
	 354: AddImm dst: r2 imm: -140
	 355: Call FnMapLookupElem
	 356: JEqImm dst: r0 off: -1 imm: 0 <count_done_11>
	 357: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 358: AddImm dst: r1 imm: 1
	 359: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 360: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 361: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 362: AddReg dst: r2 src: r1
	 363: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_11:
	 364: StMemW dst: rfp src: r0 off: -60 imm: 300
	 365: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 366: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 367: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 368: StMemW dst: rfp src: r0 off: -44 imm: 0
	 369: StMemW dst: rfp src: r0 off: -40 imm: 0
	 370: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 371: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 372: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 373: OrImm dst: r1 imm: 67109120
	 374: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 375: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 376: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 377: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 378: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 379: StMemW dst: rfp src: r0 off: -32 imm: 0
	 380: StMemW dst: rfp src: r0 off: -16 imm: 0
	 381: StMemW dst: rfp src: r0 off: -28 imm: 0
	 382: StMemW dst: rfp src: r0 off: -12 imm: 0
	 383: StMemW dst: rfp src: r0 off: -24 imm: 0
	 384: StMemW dst: rfp src: r0 off: -8 imm: 0
	 385: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 387: MovReg dst: r2 src: rfp
	 388: AddImm dst: r2 imm: -64
	 389: MovImm dst: r3 imm: 60
	 390: MovImm dst: r4 imm: 0
	 391: Call FnRingbufOutput
	 392: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_12>
	 393: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 394: StMemH dst: rfp src: r0 off: -168 imm: 0
	 395: StMemB dst: rfp src: r0 off: -166 imm: 1
	 396: StMemB dst: rfp src: r0 off: -165 imm: 0
	 397: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 398: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 399: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_13>
	 400: JGTReg dst: r1 off: -1 src: r2 <ct_swap_14>
	 401: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 402: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 403: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_13>
	 404: JGTReg dst: r1 off: -1 src: r2 <ct_swap_14>
	 405: StMemB dst: rfp src: r0 off: -203 imm: 0
	 406: Ja off: -1 <ct_ordered_13>
ct_swap_14:
	 407: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 408: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 409: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 410: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 411: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 412: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 413: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 414: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 415: StMemH dst: rfp src: r0 off: -202 imm: 0
	 416: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_13:
	 417: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 419: MovReg dst: r2 src: rfp
	 420: AddImm dst: r2 imm: -216
	 421: MovReg dst: r3 src: rfp
	 422: AddImm dst: r3 imm: -172
	 423: MovImm dst: r4 imm: 0
	 424: Call FnMapUpdateElem
ct_norecord_12:
	 425: MovImm dst: r0 imm: 0
	 426: Exit
verdict_redirect:
	    ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	 427: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 428: XorReg dst: r8 src: r1
	 429: XorReg dst: r8 src: r1
	 430: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 431: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 433: MovReg dst: r2 src: rfp
	 434: AddImm dst: r2 imm: -140
	 435: Call FnMapLookupElem
	 436: JEqImm dst: r0 off: -1 imm: 0 <count_done_15>
	 437: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 438: AddImm dst: r1 imm: 1
	 439: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 440: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 441: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 442: AddReg dst: r2 src: r1
	 443: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_15:
	 444: MovReg dst: r1 src: r9
	 445: LShImm dst: r1 imm: 16
	 446: OrImm dst: r1 imm: 512
	 447: StXMemW dst: r6 src: r1 off: 8 imm: 0
	 448: StMemW dst: rfp src: r0 off: -60 imm: 300
	 449: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 450: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 451: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 452: StMemW dst: rfp src: r0 off: -44 imm: 0
	 453: MovReg dst: r1 src: r9
	 454: AndImm dst: r1 imm: 65535
	 455: StXMemW dst: rfp src: r1 off: -40 imm: 0
	 456: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 457: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 458: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 459: OrImm dst: r1 imm: 67109376
	 460: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 461: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 462: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 463: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 464: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 465: StMemW dst: rfp src: r0 off: -32 imm: 0
	 466: StMemW dst: rfp src: r0 off: -16 imm: 0
	 467: StMemW dst: rfp src: r0 off: -28 imm: 0
	 468: StMemW dst: rfp src: r0 off: -12 imm: 0
	 469: StMemW dst: rfp src: r0 off: -24 imm: 0
	 470: StMemW dst: rfp src: r0 off: -8 imm: 0
	 471: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 473: MovReg dst: r2 src: rfp
	 474: AddImm dst: r2 imm: -64
	 475: MovImm dst: r3 imm: 60
	 476: MovImm dst: r4 imm: 0
	 477: Call FnRingbufOutput
	 478: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_16>
	 479: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 480: StXMemH dst: rfp src: r9 off: -168 imm: 0
	 481: StMemB dst: rfp src: r0 off: -166 imm: 2
	 482: StMemB dst: rfp src: r0 off: -165 imm: 0
	 483: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 484: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 485: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_17>
	 486: JGTReg dst: r1 off: -1 src: r2 <ct_swap_18>
	 487: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 488: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 489: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_17>
	 490: JGTReg dst: r1 off: -1 src: r2 <ct_swap_18>
	 491: StMemB dst: rfp src: r0 off: -203 imm: 0
	 492: Ja off: -1 <ct_ordered_17>
ct_swap_18:
	 493: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 494: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 495: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 496: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 497: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 498: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 499: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 500: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 501: StMemH dst: rfp src: r0 off: -202 imm: 0
	 502: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_17:
	 503: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 505: MovReg dst: r2 src: rfp
	 506: AddImm dst: r2 imm: -216
	 507: MovReg dst: r3 src: rfp
	 508: AddImm dst: r3 imm: -172
	 509: MovImm dst: r4 imm: 0
	 510: Call FnMapUpdateElem
ct_norecord_16:
	 511: MovImm dst: r0 imm: 0
	 512: Exit
fragneeded:
	    ; ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed
	 513: StMemW dst: rfp src: r0 off: -140 imm: 9
	 514: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 516: MovReg dst: r2 src: rfp
	 517: AddImm dst: r2 imm: -140
	 518: Call FnMapLookupElem
	 519: JEqImm dst: r0 off: -1 imm: 0 <count_done_19>
	 520: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 521: AddImm dst: r1 imm: 1
	 522: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 523: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 524: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 525: AddReg dst: r2 src: r1
	 526: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_19:
	 527: MovImm dst: r0 imm: 0
	 528: Exit
malformed:
	    ; truncated or malformed header: drop
	 529: StMemW dst: rfp src: r0 off: -140 imm: 2
	 530: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 532: MovReg dst: r2 src: rfp
	 533: AddImm dst: r2 imm: -140
	 534: Call FnMapLookupElem
	 535: JEqImm dst: r0 off: -1 imm: 0 <count_done_20>
	 536: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 537: AddImm dst: r1 imm: 1
	 538: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 539: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 540: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 541: AddReg dst: r2 src: r1
	 542: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_20:
	 543: MovImm dst: r0 imm: 2
	 544: Exit
family:
	    ; IP family without addresses in this cluster: drop (enforced)
	 545: StMemW dst: rfp src: r0 off: -140 imm: 5
	 546: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 548: MovReg dst: r2 src: rfp
	 549: AddImm dst: r2 imm: -140
	 550: Call FnMapLookupElem
	 551: JEqImm dst: r0 off: -1 imm: 0 <count_done_21>
	 552: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 553: AddImm dst: r1 imm: 1
	 554: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 555: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 556: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 557: AddReg dst: r2 src: r1
	 558: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_21:
	 559: MovImm dst: r0 imm: 2
	 560: Exit

== subject-300 policy_egress (section tcx/ingress, enforced=true, 287 instructions)
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
	 88: JNEImm dst: r8 off: -1 imm: 3 <echoreq_4_chk>
	 89: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 90: JEqImm dst: r1 off: -1 imm: 4 <fragneeded>
echoreq_4_chk:
	 91: JEqImm dst: r8 off: -1 imm: 8 <echoreq_4>
	 92: JEqImm dst: r8 off: -1 imm: 0 <echorep_4>
	 93: OrImm dst: r7 imm: 512
	 94: Ja off: -1 <l4done_4>
echoreq_4:
	 95: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	 96: StXMemH dst: rfp src: r1 off: -208 imm: 0
	 97: Ja off: -1 <l4done_4>
echorep_4:
	 98: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	 99: StXMemH dst: rfp src: r1 off: -206 imm: 0
	100: Ja off: -1 <l4done_4>
l4done_4:
	101: StXMemB dst: rfp src: r5 off: -204 imm: 0
	102: StMemB dst: rfp src: r0 off: -203 imm: 1
	103: StMemH dst: rfp src: r0 off: -202 imm: 0
	104: StMemW dst: rfp src: r0 off: -200 imm: 300
	105: StMemB dst: rfp src: r0 off: -136 imm: 4
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	106: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	107: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	108: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	109: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	110: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	111: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	112: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	113: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	114: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	115: StMemB dst: rfp src: r0 off: -203 imm: 0
	116: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	117: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	118: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	119: StXMemW dst: rfp src: r2 off: -216 imm: 0
	120: StXMemW dst: rfp src: r1 off: -212 imm: 0
	121: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	122: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	123: StXMemH dst: rfp src: r2 off: -208 imm: 0
	124: StXMemH dst: rfp src: r1 off: -206 imm: 0
	125: StMemH dst: rfp src: r0 off: -202 imm: 0
	126: StMemB dst: rfp src: r0 off: -203 imm: 0
	127: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	129: MovReg dst: r2 src: rfp
	130: AddImm dst: r2 imm: -216
	131: Call FnMapLookupElem
	132: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	133: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	134: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	135: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	136: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	137: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	138: StXMemW dst: rfp src: r2 off: -216 imm: 0
	139: StXMemW dst: rfp src: r1 off: -212 imm: 0
	140: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	141: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	142: StXMemH dst: rfp src: r2 off: -208 imm: 0
	143: StXMemH dst: rfp src: r1 off: -206 imm: 0
	144: StMemH dst: rfp src: r0 off: -202 imm: 0
	145: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	146: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	148: MovReg dst: r2 src: rfp
	149: AddImm dst: r2 imm: -216
	150: Call FnMapLookupElem
	151: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	152: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	153: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	154: Ja off: -1 <ct_reply>
ct_miss_3:
	155: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_skip_2:
	156: StMemW dst: rfp src: r0 off: -144 imm: 0
	157: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	158: StMemW dst: rfp src: r0 off: -140 imm: 3
	159: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	161: MovReg dst: r2 src: rfp
	162: AddImm dst: r2 imm: -140
	163: Call FnMapLookupElem
	164: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	165: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	166: AddImm dst: r1 imm: 1
	167: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	168: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	169: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	170: AddReg dst: r2 src: r1
	171: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	172: MovImm dst: r0 imm: 0
	173: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	174: StMemW dst: rfp src: r0 off: -140 imm: 4
	175: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	177: MovReg dst: r2 src: rfp
	178: AddImm dst: r2 imm: -140
	179: Call FnMapLookupElem
	180: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	181: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	182: AddImm dst: r1 imm: 1
	183: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	184: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	185: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	186: AddReg dst: r2 src: r1
	187: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	188: MovImm dst: r0 imm: 0
	189: Exit
default:
	   ; no entry matches: deny (enforced=true)
	190: MovImm dst: r8 imm: 0
	191: Ja off: -1 <verdict_deny>
verdict_deny:
	   ; verdict deny: count, emit an event, drop (never recorded)
	192: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	193: XorReg dst: r8 src: r1
	194: XorReg dst: r8 src: r1
	195: StXMemW dst: rfp src: r8 off: -140 imm: 0
	196: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	198: MovReg dst: r2 src: rfp
	199: AddImm dst: r2 imm: -140
	200: Call FnMapLookupElem
	201: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	202: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	203: AddImm dst: r1 imm: 1
	204: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	205: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	206: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	207: AddReg dst: r2 src: r1
	208: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	209: StMemW dst: rfp src: r0 off: -64 imm: 300
	210: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	211: StXMemW dst: rfp src: r1 off: -60 imm: 0
	212: StXMemW dst: rfp src: r8 off: -56 imm: 0
	213: StMemW dst: rfp src: r0 off: -44 imm: 0
	214: StMemW dst: rfp src: r0 off: -40 imm: 0
	215: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	216: StXMemW dst: rfp src: r1 off: -52 imm: 0
	217: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	218: OrImm dst: r1 imm: 67174400
	219: StXMemW dst: rfp src: r1 off: -48 imm: 0
	220: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	221: StXMemW dst: rfp src: r1 off: -36 imm: 0
	222: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	223: StXMemW dst: rfp src: r1 off: -20 imm: 0
	224: StMemW dst: rfp src: r0 off: -32 imm: 0
	225: StMemW dst: rfp src: r0 off: -16 imm: 0
	226: StMemW dst: rfp src: r0 off: -28 imm: 0
	227: StMemW dst: rfp src: r0 off: -12 imm: 0
	228: StMemW dst: rfp src: r0 off: -24 imm: 0
	229: StMemW dst: rfp src: r0 off: -8 imm: 0
	230: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	232: MovReg dst: r2 src: rfp
	233: AddImm dst: r2 imm: -64
	234: MovImm dst: r3 imm: 60
	235: MovImm dst: r4 imm: 0
	236: Call FnRingbufOutput
	237: MovImm dst: r0 imm: 2
	238: Exit
fragneeded:
	   ; ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed
	239: StMemW dst: rfp src: r0 off: -140 imm: 9
	240: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	242: MovReg dst: r2 src: rfp
	243: AddImm dst: r2 imm: -140
	244: Call FnMapLookupElem
	245: JEqImm dst: r0 off: -1 imm: 0 <count_done_10>
	246: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	247: AddImm dst: r1 imm: 1
	248: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	249: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	250: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	251: AddReg dst: r2 src: r1
	252: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_10:
	253: MovImm dst: r0 imm: 0
	254: Exit
malformed:
	   ; truncated or malformed header: drop
	255: StMemW dst: rfp src: r0 off: -140 imm: 2
	256: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	258: MovReg dst: r2 src: rfp
	259: AddImm dst: r2 imm: -140
	260: Call FnMapLookupElem
	261: JEqImm dst: r0 off: -1 imm: 0 <count_done_11>
	262: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	263: AddImm dst: r1 imm: 1
	264: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	265: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	266: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	267: AddReg dst: r2 src: r1
	268: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_11:
	269: MovImm dst: r0 imm: 2
	270: Exit
family:
	   ; IP family without addresses in this cluster: drop (enforced)
	271: StMemW dst: rfp src: r0 off: -140 imm: 5
	272: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	274: MovReg dst: r2 src: rfp
	275: AddImm dst: r2 imm: -140
	276: Call FnMapLookupElem
	277: JEqImm dst: r0 off: -1 imm: 0 <count_done_12>
	278: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	279: AddImm dst: r1 imm: 1
	280: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	281: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	282: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	283: AddReg dst: r2 src: r1
	284: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_12:
	285: MovImm dst: r0 imm: 2
	286: Exit

