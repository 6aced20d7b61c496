== subject-300 policy_ingress (section tcx/egress, enforced=true, 496 instructions)
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
	 86: StMemW dst: rfp src: r0 off: -200 imm: 300
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
	   ; peer identity (IPv4): exact ipcache, then prefixes, else world
	138: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	140: MovReg dst: r2 src: rfp
	141: AddImm dst: r2 imm: -216
	142: Call FnMapLookupElem
	143: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	144: StMemW dst: rfp src: r0 off: -144 imm: 2
	145: Ja off: -1 <membership>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	146: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	147: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	148: LShImm dst: r1 imm: 16
	149: OrImm dst: r1 imm: 512
	150: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
	151: StMemW dst: rfp src: r0 off: -140 imm: 3
	152: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	154: MovReg dst: r2 src: rfp
	155: AddImm dst: r2 imm: -140
	156: Call FnMapLookupElem
	157: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	158: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	159: AddImm dst: r1 imm: 1
	160: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	161: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	162: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	163: AddReg dst: r2 src: r1
	164: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	165: MovImm dst: r0 imm: 0
	166: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	167: StMemW dst: rfp src: r0 off: -140 imm: 4
	168: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	170: MovReg dst: r2 src: rfp
	171: AddImm dst: r2 imm: -140
	172: Call FnMapLookupElem
	173: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	174: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	175: AddImm dst: r1 imm: 1
	176: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	177: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	178: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	179: AddReg dst: r2 src: r1
	180: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	181: MovImm dst: r0 imm: 0
	182: Exit
have_identity:
	183: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	184: StXMemW dst: rfp src: r1 off: -144 imm: 0
	   ; ipcache hit: identity and the membership words the decision reads, from its value
	185: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	186: StXMemW dst: rfp src: r1 off: -128 imm: 0
	187: Ja off: -1 <words_ready>
membership:
	   ; selector membership of the world identity
	188: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	190: MovReg dst: r2 src: rfp
	191: AddImm dst: r2 imm: -144
	192: Call FnMapLookupElem
	193: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	194: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	195: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	196: MovReg dst: r9 src: rfp
	197: AddImm dst: r9 imm: -128
	198: Ja off: -1 <decide>
no_identity:
	   ; peer identity unknown to the membership map: matches no selector
	199: StMemW dst: rfp src: r0 off: -140 imm: 6
	200: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	202: MovReg dst: r2 src: rfp
	203: AddImm dst: r2 imm: -140
	204: Call FnMapLookupElem
	205: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	206: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	207: AddImm dst: r1 imm: 1
	208: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	209: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	210: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	211: AddReg dst: r2 src: r1
	212: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	213: Ja off: -1 <default>
decide:
	   ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	214: MovReg dst: r1 src: r7
	215: AndImm dst: r1 imm: 511
	216: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	217: Ja off: -1 <class_0>
tree_6:
	   ; protocol 6: port compare tree over 5 intervals
	218: JGEImm dst: r8 off: -1 imm: 81 <ge_10>
	219: JGEImm dst: r8 off: -1 imm: 80 <ge_11>
	220: Ja off: -1 <class_0>
ge_11:
	221: Ja off: -1 <class_1>
ge_10:
	222: JGEImm dst: r8 off: -1 imm: 8080 <ge_12>
	223: Ja off: -1 <class_0>
ge_12:
	224: JGEImm dst: r8 off: -1 imm: 8081 <ge_13>
	225: Ja off: -1 <class_2>
ge_13:
	226: Ja off: -1 <class_0>
class_0:
	   ; class 0: candidates in precedence order [2]
	227: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	228: JSet32Imm dst: r1 off: -1 imm: 2 <c0_entry2_14>
	229: Ja off: -1 <default>
c0_entry2_14:
	   ; entry 2 deny peer={k8s.app=b} proto=0 ports=0-65535: default/tiny tiny.yaml:7:5
	230: MovImm dst: r8 imm: 2
	231: Ja off: -1 <verdict_deny>
class_1:
	   ; class 1: candidates in precedence order [2 1]
	232: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	233: JSet32Imm dst: r1 off: -1 imm: 2 <c1_entry2_15>
	234: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry1_16>
	235: Ja off: -1 <default>
c1_entry2_15:
	   ; entry 2 deny peer={k8s.app=b} proto=0 ports=0-65535: default/tiny tiny.yaml:7:5
	236: MovImm dst: r8 imm: 2
	237: Ja off: -1 <verdict_deny>
c1_entry1_16:
	   ; entry 1 allow peer={k8s.app=a} proto=6 ports=80-80: default/tiny tiny.yaml:7:5
	238: MovImm dst: r8 imm: 1
	239: Ja off: -1 <verdict_allow>
class_2:
	   ; class 2: candidates in precedence order [2 3]
	240: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	241: JSet32Imm dst: r1 off: -1 imm: 2 <c2_entry2_17>
	242: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry3_18>
	243: Ja off: -1 <default>
c2_entry2_17:
	   ; entry 2 deny peer={k8s.app=b} proto=0 ports=0-65535: default/tiny tiny.yaml:7:5
	244: MovImm dst: r8 imm: 2
	245: Ja off: -1 <verdict_deny>
c2_entry3_18:
	   ; entry 3 redirect peer={k8s.app=c} proto=6 ports=8080-8080: default/tiny tiny.yaml:7:5
	246: MovImm dst: r8 imm: 3
	247: MovImm dst: r9 imm: 39226
	248: Ja off: -1 <verdict_redirect>
default:
	   ; no entry matches: deny (enforced=true)
	249: MovImm dst: r8 imm: 0
	250: Ja off: -1 <verdict_deny>
verdict_deny:
	   ; verdict deny: count, emit an event, drop (never recorded)
	251: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	252: XorReg dst: r8 src: r1
	253: XorReg dst: r8 src: r1
	254: StXMemW dst: rfp src: r8 off: -140 imm: 0
	255: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	257: MovReg dst: r2 src: rfp
	258: AddImm dst: r2 imm: -140
	259: Call FnMapLookupElem
	260: JEqImm dst: r0 off: -1 imm: 0 <count_done_19>
	261: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	262: AddImm dst: r1 imm: 1
	263: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	264: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	265: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	266: AddReg dst: r2 src: r1
	267: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_19:
	268: StMemW dst: rfp src: r0 off: -60 imm: 300
	269: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	270: StXMemW dst: rfp src: r1 off: -64 imm: 0
	271: StXMemW dst: rfp src: r8 off: -56 imm: 0
	272: StMemW dst: rfp src: r0 off: -44 imm: 0
	273: StMemW dst: rfp src: r0 off: -40 imm: 0
	274: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	275: StXMemW dst: rfp src: r1 off: -52 imm: 0
	276: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	277: OrImm dst: r1 imm: 67108864
	278: StXMemW dst: rfp src: r1 off: -48 imm: 0
	279: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	280: StXMemW dst: rfp src: r1 off: -36 imm: 0
	281: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	282: StXMemW dst: rfp src: r1 off: -20 imm: 0
	283: StMemW dst: rfp src: r0 off: -32 imm: 0
	284: StMemW dst: rfp src: r0 off: -16 imm: 0
	285: StMemW dst: rfp src: r0 off: -28 imm: 0
	286: StMemW dst: rfp src: r0 off: -12 imm: 0
	287: StMemW dst: rfp src: r0 off: -24 imm: 0
	288: StMemW dst: rfp src: r0 off: -8 imm: 0
	289: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	291: MovReg dst: r2 src: rfp
	292: AddImm dst: r2 imm: -64
	293: MovImm dst: r3 imm: 60
	294: MovImm dst: r4 imm: 0
	295: Call FnRingbufOutput
	296: MovImm dst: r0 imm: 2
	297: Exit
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	298: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	299: XorReg dst: r8 src: r1
	300: XorReg dst: r8 src: r1
	301: StXMemW dst: rfp src: r8 off: -140 imm: 0
	302: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	304: MovReg dst: r2 src: rfp
	305: AddImm dst: r2 imm: -140
	306: Call FnMapLookupElem
	307: JEqImm dst: r0 off: -1 imm: 0 <count_done_20>
	308: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	309: AddImm dst: r1 imm: 1
	310: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	311: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	312: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	313: AddReg dst: r2 src: r1
	314: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_20:
	315: StMemW dst: rfp src: r0 off: -60 imm: 300
	316: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	317: StXMemW dst: rfp src: r1 off: -64 imm: 0
	318: StXMemW dst: rfp src: r8 off: -56 imm: 0
	319: StMemW dst: rfp src: r0 off: -44 imm: 0
	320: StMemW dst: rfp src: r0 off: -40 imm: 0
	321: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	322: StXMemW dst: rfp src: r1 off: -52 imm: 0
	323: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	324: OrImm dst: r1 imm: 67109120
	325: StXMemW dst: rfp src: r1 off: -48 imm: 0
	326: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	327: StXMemW dst: rfp src: r1 off: -36 imm: 0
	328: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	329: StXMemW dst: rfp src: r1 off: -20 imm: 0
	330: StMemW dst: rfp src: r0 off: -32 imm: 0
	331: StMemW dst: rfp src: r0 off: -16 imm: 0
	332: StMemW dst: rfp src: r0 off: -28 imm: 0
	333: StMemW dst: rfp src: r0 off: -12 imm: 0
	334: StMemW dst: rfp src: r0 off: -24 imm: 0
	335: StMemW dst: rfp src: r0 off: -8 imm: 0
	336: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	338: MovReg dst: r2 src: rfp
	339: AddImm dst: r2 imm: -64
	340: MovImm dst: r3 imm: 60
	341: MovImm dst: r4 imm: 0
	342: Call FnRingbufOutput
	343: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_21>
	344: StXMemW dst: rfp src: r8 off: -172 imm: 0
	345: StMemH dst: rfp src: r0 off: -168 imm: 0
	346: StMemB dst: rfp src: r0 off: -166 imm: 1
	347: StMemB dst: rfp src: r0 off: -165 imm: 0
	348: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	349: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	350: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_22>
	351: JGTReg dst: r1 off: -1 src: r2 <ct_swap_23>
	352: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	353: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	354: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_22>
	355: JGTReg dst: r1 off: -1 src: r2 <ct_swap_23>
	356: StMemB dst: rfp src: r0 off: -203 imm: 0
	357: Ja off: -1 <ct_ordered_22>
ct_swap_23:
	358: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	359: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	360: StXMemW dst: rfp src: r2 off: -216 imm: 0
	361: StXMemW dst: rfp src: r1 off: -212 imm: 0
	362: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	363: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	364: StXMemH dst: rfp src: r2 off: -208 imm: 0
	365: StXMemH dst: rfp src: r1 off: -206 imm: 0
	366: StMemH dst: rfp src: r0 off: -202 imm: 0
	367: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_22:
	368: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	370: MovReg dst: r2 src: rfp
	371: AddImm dst: r2 imm: -216
	372: MovReg dst: r3 src: rfp
	373: AddImm dst: r3 imm: -172
	374: MovImm dst: r4 imm: 0
	375: Call FnMapUpdateElem
ct_norecord_21:
	376: MovImm dst: r0 imm: 0
	377: Exit
verdict_redirect:
	   ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	378: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	379: XorReg dst: r8 src: r1
	380: XorReg dst: r8 src: r1
	381: StXMemW dst: rfp src: r8 off: -140 imm: 0
	382: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	384: MovReg dst: r2 src: rfp
	385: AddImm dst: r2 imm: -140
	386: Call FnMapLookupElem
	387: JEqImm dst: r0 off: -1 imm: 0 <count_done_24>
	388: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	389: AddImm dst: r1 imm: 1
	390: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	391: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	392: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	393: AddReg dst: r2 src: r1
	394: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_24:
	395: MovReg dst: r1 src: r9
	396: LShImm dst: r1 imm: 16
	397: OrImm dst: r1 imm: 512
	398: StXMemW dst: r6 src: r1 off: 8 imm: 0
	399: StMemW dst: rfp src: r0 off: -60 imm: 300
	400: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	401: StXMemW dst: rfp src: r1 off: -64 imm: 0
	402: StXMemW dst: rfp src: r8 off: -56 imm: 0
	403: StMemW dst: rfp src: r0 off: -44 imm: 0
	404: MovReg dst: r1 src: r9
	405: AndImm dst: r1 imm: 65535
	406: StXMemW dst: rfp src: r1 off: -40 imm: 0
	407: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	408: StXMemW dst: rfp src: r1 off: -52 imm: 0
	409: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	410: OrImm dst: r1 imm: 67109376
	411: StXMemW dst: rfp src: r1 off: -48 imm: 0
	412: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	413: StXMemW dst: rfp src: r1 off: -36 imm: 0
	414: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	415: StXMemW dst: rfp src: r1 off: -20 imm: 0
	416: StMemW dst: rfp src: r0 off: -32 imm: 0
	417: StMemW dst: rfp src: r0 off: -16 imm: 0
	418: StMemW dst: rfp src: r0 off: -28 imm: 0
	419: StMemW dst: rfp src: r0 off: -12 imm: 0
	420: StMemW dst: rfp src: r0 off: -24 imm: 0
	421: StMemW dst: rfp src: r0 off: -8 imm: 0
	422: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	424: MovReg dst: r2 src: rfp
	425: AddImm dst: r2 imm: -64
	426: MovImm dst: r3 imm: 60
	427: MovImm dst: r4 imm: 0
	428: Call FnRingbufOutput
	429: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_25>
	430: StXMemW dst: rfp src: r8 off: -172 imm: 0
	431: StXMemH dst: rfp src: r9 off: -168 imm: 0
	432: StMemB dst: rfp src: r0 off: -166 imm: 2
	433: StMemB dst: rfp src: r0 off: -165 imm: 0
	434: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	435: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	436: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_26>
	437: JGTReg dst: r1 off: -1 src: r2 <ct_swap_27>
	438: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	439: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	440: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_26>
	441: JGTReg dst: r1 off: -1 src: r2 <ct_swap_27>
	442: StMemB dst: rfp src: r0 off: -203 imm: 0
	443: Ja off: -1 <ct_ordered_26>
ct_swap_27:
	444: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	445: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	446: StXMemW dst: rfp src: r2 off: -216 imm: 0
	447: StXMemW dst: rfp src: r1 off: -212 imm: 0
	448: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	449: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	450: StXMemH dst: rfp src: r2 off: -208 imm: 0
	451: StXMemH dst: rfp src: r1 off: -206 imm: 0
	452: StMemH dst: rfp src: r0 off: -202 imm: 0
	453: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_26:
	454: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	456: MovReg dst: r2 src: rfp
	457: AddImm dst: r2 imm: -216
	458: MovReg dst: r3 src: rfp
	459: AddImm dst: r3 imm: -172
	460: MovImm dst: r4 imm: 0
	461: Call FnMapUpdateElem
ct_norecord_25:
	462: MovImm dst: r0 imm: 0
	463: Exit
malformed:
	   ; truncated or malformed header: drop
	464: StMemW dst: rfp src: r0 off: -140 imm: 2
	465: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	467: MovReg dst: r2 src: rfp
	468: AddImm dst: r2 imm: -140
	469: Call FnMapLookupElem
	470: JEqImm dst: r0 off: -1 imm: 0 <count_done_28>
	471: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	472: AddImm dst: r1 imm: 1
	473: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	474: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	475: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	476: AddReg dst: r2 src: r1
	477: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_28:
	478: MovImm dst: r0 imm: 2
	479: Exit
family:
	   ; IP family without addresses in this cluster: drop (enforced)
	480: StMemW dst: rfp src: r0 off: -140 imm: 5
	481: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	483: MovReg dst: r2 src: rfp
	484: AddImm dst: r2 imm: -140
	485: Call FnMapLookupElem
	486: JEqImm dst: r0 off: -1 imm: 0 <count_done_29>
	487: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	488: AddImm dst: r1 imm: 1
	489: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	490: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	491: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	492: AddReg dst: r2 src: r1
	493: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_29:
	494: MovImm dst: r0 imm: 2
	495: Exit

== subject-300 policy_egress (section tcx/ingress, enforced=false, 286 instructions)
	   ; egress policy of identity 300 (enforced=false): make the headers linear
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
	 86: StMemW dst: rfp src: r0 off: -200 imm: 300
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
	191: StMemW dst: rfp src: r0 off: -64 imm: 300
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

