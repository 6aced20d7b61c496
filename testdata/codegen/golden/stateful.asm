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

== subject-300 policy_ingress (section tcx/egress, enforced=true, 531 instructions)
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
	 203: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 204: StXMemW dst: rfp src: r1 off: -128 imm: 0
	 205: Ja off: -1 <words_ready>
membership:
	    ; selector membership of the world identity
	 206: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 208: MovReg dst: r2 src: rfp
	 209: AddImm dst: r2 imm: -144
	 210: Call FnMapLookupElem
	 211: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 212: LdXMemW dst: r1 src: r0 off: 0 imm: 0
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
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 232: MovReg dst: r1 src: r7
	 233: AndImm dst: r1 imm: 511
	 234: JEqImm dst: r1 off: -1 imm: 1 <tree_1>
	 235: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 236: Ja off: -1 <class_0>
tree_1:
	    ; protocol 1: port compare tree over 3 intervals
	 237: JGEImm dst: r8 off: -1 imm: 8 <ge_10>
	 238: Ja off: -1 <class_0>
ge_10:
	 239: JGEImm dst: r8 off: -1 imm: 9 <ge_11>
	 240: Ja off: -1 <class_1>
ge_11:
	 241: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 5 intervals
	 242: JGEImm dst: r8 off: -1 imm: 81 <ge_12>
	 243: JGEImm dst: r8 off: -1 imm: 80 <ge_13>
	 244: Ja off: -1 <class_0>
ge_13:
	 245: Ja off: -1 <class_2>
ge_12:
	 246: JGEImm dst: r8 off: -1 imm: 8080 <ge_14>
	 247: Ja off: -1 <class_0>
ge_14:
	 248: JGEImm dst: r8 off: -1 imm: 8081 <ge_15>
	 249: Ja off: -1 <class_3>
ge_15:
	 250: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order []
	 251: Ja off: -1 <default>
class_1:
	    ; class 1: candidates in precedence order [2]
	 252: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 253: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry2_16>
	 254: Ja off: -1 <default>
c1_entry2_16:
	    ; entry 2 allow peer={k8s.app=a} proto=1 ports=8-8: no origin
	 255: MovImm dst: r8 imm: 2
	 256: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [1]
	 257: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 258: JSet32Imm dst: r1 off: -1 imm: 1 <c2_entry1_17>
	 259: Ja off: -1 <default>
c2_entry1_17:
	    ; entry 1 allow peer={k8s.app=a} proto=6 ports=80-80: no origin
	 260: MovImm dst: r8 imm: 1
	 261: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [3]
	 262: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 263: JSet32Imm dst: r1 off: -1 imm: 1 <c3_entry3_18>
	 264: Ja off: -1 <default>
c3_entry3_18:
	    ; entry 3 redirect peer={k8s.app=a} proto=6 ports=8080-8080: no origin
	 265: MovImm dst: r8 imm: 3
	 266: MovImm dst: r9 imm: 39226
	 267: Ja off: -1 <verdict_redirect>
default:
	    ; no entry matches: deny (enforced=true)
	 268: MovImm dst: r8 imm: 0
	 269: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 270: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 271: XorReg dst: r8 src: r1
	 272: XorReg dst: r8 src: r1
	 273: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 274: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 276: MovReg dst: r2 src: rfp
	 277: AddImm dst: r2 imm: -140
	 278: Call FnMapLookupElem
	 279: JEqImm dst: r0 off: -1 imm: 0 <count_done_19>
	 280: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 281: AddImm dst: r1 imm: 1
	 282: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 283: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 284: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 285: AddReg dst: r2 src: r1
	 286: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_19:
	 287: StMemW dst: rfp src: r0 off: -60 imm: 300
	 288: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 289: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 290: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 291: StMemW dst: rfp src: r0 off: -44 imm: 0
	 292: StMemW dst: rfp src: r0 off: -40 imm: 0
	 293: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 294: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 295: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 296: OrImm dst: r1 imm: 67108864
	 297: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 298: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 299: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 300: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 301: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 302: StMemW dst: rfp src: r0 off: -32 imm: 0
	 303: StMemW dst: rfp src: r0 off: -16 imm: 0
	 304: StMemW dst: rfp src: r0 off: -28 imm: 0
	 305: StMemW dst: rfp src: r0 off: -12 imm: 0
	 306: StMemW dst: rfp src: r0 off: -24 imm: 0
	 307: StMemW dst: rfp src: r0 off: -8 imm: 0
	 308: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 310: MovReg dst: r2 src: rfp
	 311: AddImm dst: r2 imm: -64
	 312: MovImm dst: r3 imm: 60
	 313: MovImm dst: r4 imm: 0
	 314: Call FnRingbufOutput
	 315: MovImm dst: r0 imm: 2
	 316: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 317: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 318: XorReg dst: r8 src: r1
	 319: XorReg dst: r8 src: r1
	 320: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 321: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 323: MovReg dst: r2 src: rfp
	 324: AddImm dst: r2 imm: -140
	 325: Call FnMapLookupElem
	 326: JEqImm dst: r0 off: -1 imm: 0 <count_done_20>
	 327: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 328: AddImm dst: r1 imm: 1
	 329: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 330: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 331: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 332: AddReg dst: r2 src: r1
	 333: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_20:
	 334: StMemW dst: rfp src: r0 off: -60 imm: 300
	 335: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 336: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 337: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 338: StMemW dst: rfp src: r0 off: -44 imm: 0
	 339: StMemW dst: rfp src: r0 off: -40 imm: 0
	 340: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 341: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 342: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 343: OrImm dst: r1 imm: 67109120
	 344: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 345: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 346: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 347: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 348: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 349: StMemW dst: rfp src: r0 off: -32 imm: 0
	 350: StMemW dst: rfp src: r0 off: -16 imm: 0
	 351: StMemW dst: rfp src: r0 off: -28 imm: 0
	 352: StMemW dst: rfp src: r0 off: -12 imm: 0
	 353: StMemW dst: rfp src: r0 off: -24 imm: 0
	 354: StMemW dst: rfp src: r0 off: -8 imm: 0
	 355: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 357: MovReg dst: r2 src: rfp
	 358: AddImm dst: r2 imm: -64
	 359: MovImm dst: r3 imm: 60
	 360: MovImm dst: r4 imm: 0
	 361: Call FnRingbufOutput
	 362: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_21>
	 363: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 364: StMemH dst: rfp src: r0 off: -168 imm: 0
	 365: StMemB dst: rfp src: r0 off: -166 imm: 1
	 366: StMemB dst: rfp src: r0 off: -165 imm: 0
	 367: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 368: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 369: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_22>
	 370: JGTReg dst: r1 off: -1 src: r2 <ct_swap_23>
	 371: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 372: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 373: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_22>
	 374: JGTReg dst: r1 off: -1 src: r2 <ct_swap_23>
	 375: StMemB dst: rfp src: r0 off: -203 imm: 0
	 376: Ja off: -1 <ct_ordered_22>
ct_swap_23:
	 377: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 378: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 379: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 380: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 381: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 382: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 383: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 384: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 385: StMemH dst: rfp src: r0 off: -202 imm: 0
	 386: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_22:
	 387: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 389: MovReg dst: r2 src: rfp
	 390: AddImm dst: r2 imm: -216
	 391: MovReg dst: r3 src: rfp
	 392: AddImm dst: r3 imm: -172
	 393: MovImm dst: r4 imm: 0
	 394: Call FnMapUpdateElem
ct_norecord_21:
	 395: MovImm dst: r0 imm: 0
	 396: Exit
verdict_redirect:
	    ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	 397: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 398: XorReg dst: r8 src: r1
	 399: XorReg dst: r8 src: r1
	 400: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 401: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 403: MovReg dst: r2 src: rfp
	 404: AddImm dst: r2 imm: -140
	 405: Call FnMapLookupElem
	 406: JEqImm dst: r0 off: -1 imm: 0 <count_done_24>
	 407: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 408: AddImm dst: r1 imm: 1
	 409: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 410: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 411: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 412: AddReg dst: r2 src: r1
	 413: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_24:
	 414: MovReg dst: r1 src: r9
	 415: LShImm dst: r1 imm: 16
	 416: OrImm dst: r1 imm: 512
	 417: StXMemW dst: r6 src: r1 off: 8 imm: 0
	 418: StMemW dst: rfp src: r0 off: -60 imm: 300
	 419: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 420: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 421: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 422: StMemW dst: rfp src: r0 off: -44 imm: 0
	 423: MovReg dst: r1 src: r9
	 424: AndImm dst: r1 imm: 65535
	 425: StXMemW dst: rfp src: r1 off: -40 imm: 0
	 426: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 427: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 428: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 429: OrImm dst: r1 imm: 67109376
	 430: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 431: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 432: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 433: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 434: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 435: StMemW dst: rfp src: r0 off: -32 imm: 0
	 436: StMemW dst: rfp src: r0 off: -16 imm: 0
	 437: StMemW dst: rfp src: r0 off: -28 imm: 0
	 438: StMemW dst: rfp src: r0 off: -12 imm: 0
	 439: StMemW dst: rfp src: r0 off: -24 imm: 0
	 440: StMemW dst: rfp src: r0 off: -8 imm: 0
	 441: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 443: MovReg dst: r2 src: rfp
	 444: AddImm dst: r2 imm: -64
	 445: MovImm dst: r3 imm: 60
	 446: MovImm dst: r4 imm: 0
	 447: Call FnRingbufOutput
	 448: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_25>
	 449: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 450: StXMemH dst: rfp src: r9 off: -168 imm: 0
	 451: StMemB dst: rfp src: r0 off: -166 imm: 2
	 452: StMemB dst: rfp src: r0 off: -165 imm: 0
	 453: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 454: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 455: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_26>
	 456: JGTReg dst: r1 off: -1 src: r2 <ct_swap_27>
	 457: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 458: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 459: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_26>
	 460: JGTReg dst: r1 off: -1 src: r2 <ct_swap_27>
	 461: StMemB dst: rfp src: r0 off: -203 imm: 0
	 462: Ja off: -1 <ct_ordered_26>
ct_swap_27:
	 463: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 464: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 465: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 466: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 467: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 468: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 469: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 470: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 471: StMemH dst: rfp src: r0 off: -202 imm: 0
	 472: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_26:
	 473: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 475: MovReg dst: r2 src: rfp
	 476: AddImm dst: r2 imm: -216
	 477: MovReg dst: r3 src: rfp
	 478: AddImm dst: r3 imm: -172
	 479: MovImm dst: r4 imm: 0
	 480: Call FnMapUpdateElem
ct_norecord_25:
	 481: MovImm dst: r0 imm: 0
	 482: Exit
fragneeded:
	    ; ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed
	 483: StMemW dst: rfp src: r0 off: -140 imm: 9
	 484: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 486: MovReg dst: r2 src: rfp
	 487: AddImm dst: r2 imm: -140
	 488: Call FnMapLookupElem
	 489: JEqImm dst: r0 off: -1 imm: 0 <count_done_28>
	 490: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 491: AddImm dst: r1 imm: 1
	 492: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 493: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 494: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 495: AddReg dst: r2 src: r1
	 496: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_28:
	 497: MovImm dst: r0 imm: 0
	 498: Exit
malformed:
	    ; truncated or malformed header: drop
	 499: StMemW dst: rfp src: r0 off: -140 imm: 2
	 500: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 502: MovReg dst: r2 src: rfp
	 503: AddImm dst: r2 imm: -140
	 504: Call FnMapLookupElem
	 505: JEqImm dst: r0 off: -1 imm: 0 <count_done_29>
	 506: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 507: AddImm dst: r1 imm: 1
	 508: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 509: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 510: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 511: AddReg dst: r2 src: r1
	 512: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_29:
	 513: MovImm dst: r0 imm: 2
	 514: Exit
family:
	    ; IP family without addresses in this cluster: drop (enforced)
	 515: StMemW dst: rfp src: r0 off: -140 imm: 5
	 516: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 518: MovReg dst: r2 src: rfp
	 519: AddImm dst: r2 imm: -140
	 520: Call FnMapLookupElem
	 521: JEqImm dst: r0 off: -1 imm: 0 <count_done_30>
	 522: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 523: AddImm dst: r1 imm: 1
	 524: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 525: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 526: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 527: AddReg dst: r2 src: r1
	 528: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_30:
	 529: MovImm dst: r0 imm: 2
	 530: Exit

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

