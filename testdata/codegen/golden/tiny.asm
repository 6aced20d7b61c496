== subject-300 policy_ingress (section tcx/egress, enforced=true, 485 instructions)
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
	 14: StMemW dst: rfp src: r0 off: -140 imm: 1
	 15: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 17: MovReg dst: r2 src: rfp
	 18: AddImm dst: r2 imm: -140
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
	 47: StXMemW dst: rfp src: r5 off: -216 imm: 0
	 48: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 49: StXMemW dst: rfp src: r5 off: -212 imm: 0
	 50: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	 51: AddReg dst: r4 src: r1
l4_4:
	   ; transport header (IPv4)
	 52: OrReg dst: r7 src: r5
	 53: MovImm dst: r8 imm: 0
	 54: StMemW dst: rfp src: r0 off: -208 imm: 0
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
	 68: StXMemW dst: rfp src: r1 off: -208 imm: 0
	 69: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 70: SwapBE dst: r8 
	 71: Ja off: -1 <l4done_4>
l4done_4:
	 72: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 73: StMemB dst: rfp src: r0 off: -203 imm: 0
	 74: StMemH dst: rfp src: r0 off: -202 imm: 0
	 75: StMemW dst: rfp src: r0 off: -200 imm: 300
	 76: StMemB dst: rfp src: r0 off: -136 imm: 4
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 77: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 78: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 79: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 80: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 81: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 82: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 83: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 84: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 85: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 86: StMemB dst: rfp src: r0 off: -203 imm: 0
	 87: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	 88: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 89: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 90: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 91: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 92: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 93: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 94: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 95: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 96: StMemH dst: rfp src: r0 off: -202 imm: 0
	 97: StMemB dst: rfp src: r0 off: -203 imm: 1
	 98: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	100: MovReg dst: r2 src: rfp
	101: AddImm dst: r2 imm: -216
	102: Call FnMapLookupElem
	103: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	104: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	105: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	106: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	107: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	108: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	109: StXMemW dst: rfp src: r2 off: -216 imm: 0
	110: StXMemW dst: rfp src: r1 off: -212 imm: 0
	111: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	112: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	113: StXMemH dst: rfp src: r2 off: -208 imm: 0
	114: StXMemH dst: rfp src: r1 off: -206 imm: 0
	115: StMemH dst: rfp src: r0 off: -202 imm: 0
	116: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	117: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	119: MovReg dst: r2 src: rfp
	120: AddImm dst: r2 imm: -216
	121: Call FnMapLookupElem
	122: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	123: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	124: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	125: Ja off: -1 <ct_reply>
ct_miss_3:
	126: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_skip_2:
	   ; peer identity (IPv4): exact ipcache, then prefixes, else world
	127: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	129: MovReg dst: r2 src: rfp
	130: AddImm dst: r2 imm: -216
	131: Call FnMapLookupElem
	132: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	133: StMemW dst: rfp src: r0 off: -144 imm: 2
	134: Ja off: -1 <membership>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	135: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	136: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	137: LShImm dst: r1 imm: 16
	138: OrImm dst: r1 imm: 512
	139: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
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
have_identity:
	172: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	173: StXMemW dst: rfp src: r1 off: -144 imm: 0
	   ; ipcache hit: identity and the membership words the decision reads, from its value
	174: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	175: StXMemW dst: rfp src: r1 off: -128 imm: 0
	176: Ja off: -1 <words_ready>
membership:
	   ; selector membership of the world identity
	177: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	179: MovReg dst: r2 src: rfp
	180: AddImm dst: r2 imm: -144
	181: Call FnMapLookupElem
	182: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	183: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	184: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	185: MovReg dst: r9 src: rfp
	186: AddImm dst: r9 imm: -128
	187: Ja off: -1 <decide>
no_identity:
	   ; peer identity unknown to the membership map: matches no selector
	188: StMemW dst: rfp src: r0 off: -140 imm: 6
	189: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	191: MovReg dst: r2 src: rfp
	192: AddImm dst: r2 imm: -140
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
	205: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	206: Ja off: -1 <class_0>
tree_6:
	   ; protocol 6: port compare tree over 5 intervals
	207: JGEImm dst: r8 off: -1 imm: 81 <ge_10>
	208: JGEImm dst: r8 off: -1 imm: 80 <ge_11>
	209: Ja off: -1 <class_0>
ge_11:
	210: Ja off: -1 <class_1>
ge_10:
	211: JGEImm dst: r8 off: -1 imm: 8080 <ge_12>
	212: Ja off: -1 <class_0>
ge_12:
	213: JGEImm dst: r8 off: -1 imm: 8081 <ge_13>
	214: Ja off: -1 <class_2>
ge_13:
	215: Ja off: -1 <class_0>
class_0:
	   ; class 0: candidates in precedence order [2]
	216: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	217: JSet32Imm dst: r1 off: -1 imm: 2 <c0_entry2_14>
	218: Ja off: -1 <default>
c0_entry2_14:
	   ; entry 2 deny peer={k8s.app=b} proto=0 ports=0-65535: default/tiny tiny.yaml:7:5
	219: MovImm dst: r8 imm: 2
	220: Ja off: -1 <verdict_deny>
class_1:
	   ; class 1: candidates in precedence order [2 1]
	221: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	222: JSet32Imm dst: r1 off: -1 imm: 2 <c1_entry2_15>
	223: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry1_16>
	224: Ja off: -1 <default>
c1_entry2_15:
	   ; entry 2 deny peer={k8s.app=b} proto=0 ports=0-65535: default/tiny tiny.yaml:7:5
	225: MovImm dst: r8 imm: 2
	226: Ja off: -1 <verdict_deny>
c1_entry1_16:
	   ; entry 1 allow peer={k8s.app=a} proto=6 ports=80-80: default/tiny tiny.yaml:7:5
	227: MovImm dst: r8 imm: 1
	228: Ja off: -1 <verdict_allow>
class_2:
	   ; class 2: candidates in precedence order [2 3]
	229: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	230: JSet32Imm dst: r1 off: -1 imm: 2 <c2_entry2_17>
	231: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry3_18>
	232: Ja off: -1 <default>
c2_entry2_17:
	   ; entry 2 deny peer={k8s.app=b} proto=0 ports=0-65535: default/tiny tiny.yaml:7:5
	233: MovImm dst: r8 imm: 2
	234: Ja off: -1 <verdict_deny>
c2_entry3_18:
	   ; entry 3 redirect peer={k8s.app=c} proto=6 ports=8080-8080: default/tiny tiny.yaml:7:5
	235: MovImm dst: r8 imm: 3
	236: MovImm dst: r9 imm: 39226
	237: Ja off: -1 <verdict_redirect>
default:
	   ; no entry matches: deny (enforced=true)
	238: MovImm dst: r8 imm: 0
	239: Ja off: -1 <verdict_deny>
verdict_deny:
	   ; verdict deny: count, emit an event, drop (never recorded)
	240: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	241: XorReg dst: r8 src: r1
	242: XorReg dst: r8 src: r1
	243: StXMemW dst: rfp src: r8 off: -140 imm: 0
	244: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	246: MovReg dst: r2 src: rfp
	247: AddImm dst: r2 imm: -140
	248: Call FnMapLookupElem
	249: JEqImm dst: r0 off: -1 imm: 0 <count_done_19>
	250: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	251: AddImm dst: r1 imm: 1
	252: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	253: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	254: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	255: AddReg dst: r2 src: r1
	256: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_19:
	257: StMemW dst: rfp src: r0 off: -60 imm: 300
	258: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	259: StXMemW dst: rfp src: r1 off: -64 imm: 0
	260: StXMemW dst: rfp src: r8 off: -56 imm: 0
	261: StMemW dst: rfp src: r0 off: -44 imm: 0
	262: StMemW dst: rfp src: r0 off: -40 imm: 0
	263: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	264: StXMemW dst: rfp src: r1 off: -52 imm: 0
	265: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	266: OrImm dst: r1 imm: 67108864
	267: StXMemW dst: rfp src: r1 off: -48 imm: 0
	268: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	269: StXMemW dst: rfp src: r1 off: -36 imm: 0
	270: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	271: StXMemW dst: rfp src: r1 off: -20 imm: 0
	272: StMemW dst: rfp src: r0 off: -32 imm: 0
	273: StMemW dst: rfp src: r0 off: -16 imm: 0
	274: StMemW dst: rfp src: r0 off: -28 imm: 0
	275: StMemW dst: rfp src: r0 off: -12 imm: 0
	276: StMemW dst: rfp src: r0 off: -24 imm: 0
	277: StMemW dst: rfp src: r0 off: -8 imm: 0
	278: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	280: MovReg dst: r2 src: rfp
	281: AddImm dst: r2 imm: -64
	282: MovImm dst: r3 imm: 60
	283: MovImm dst: r4 imm: 0
	284: Call FnRingbufOutput
	285: MovImm dst: r0 imm: 2
	286: Exit
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	287: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	288: XorReg dst: r8 src: r1
	289: XorReg dst: r8 src: r1
	290: StXMemW dst: rfp src: r8 off: -140 imm: 0
	291: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	293: MovReg dst: r2 src: rfp
	294: AddImm dst: r2 imm: -140
	295: Call FnMapLookupElem
	296: JEqImm dst: r0 off: -1 imm: 0 <count_done_20>
	297: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	298: AddImm dst: r1 imm: 1
	299: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	300: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	301: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	302: AddReg dst: r2 src: r1
	303: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_20:
	304: StMemW dst: rfp src: r0 off: -60 imm: 300
	305: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	306: StXMemW dst: rfp src: r1 off: -64 imm: 0
	307: StXMemW dst: rfp src: r8 off: -56 imm: 0
	308: StMemW dst: rfp src: r0 off: -44 imm: 0
	309: StMemW dst: rfp src: r0 off: -40 imm: 0
	310: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	311: StXMemW dst: rfp src: r1 off: -52 imm: 0
	312: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	313: OrImm dst: r1 imm: 67109120
	314: StXMemW dst: rfp src: r1 off: -48 imm: 0
	315: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	316: StXMemW dst: rfp src: r1 off: -36 imm: 0
	317: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	318: StXMemW dst: rfp src: r1 off: -20 imm: 0
	319: StMemW dst: rfp src: r0 off: -32 imm: 0
	320: StMemW dst: rfp src: r0 off: -16 imm: 0
	321: StMemW dst: rfp src: r0 off: -28 imm: 0
	322: StMemW dst: rfp src: r0 off: -12 imm: 0
	323: StMemW dst: rfp src: r0 off: -24 imm: 0
	324: StMemW dst: rfp src: r0 off: -8 imm: 0
	325: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	327: MovReg dst: r2 src: rfp
	328: AddImm dst: r2 imm: -64
	329: MovImm dst: r3 imm: 60
	330: MovImm dst: r4 imm: 0
	331: Call FnRingbufOutput
	332: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_21>
	333: StXMemW dst: rfp src: r8 off: -172 imm: 0
	334: StMemH dst: rfp src: r0 off: -168 imm: 0
	335: StMemB dst: rfp src: r0 off: -166 imm: 1
	336: StMemB dst: rfp src: r0 off: -165 imm: 0
	337: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	338: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	339: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_22>
	340: JGTReg dst: r1 off: -1 src: r2 <ct_swap_23>
	341: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	342: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	343: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_22>
	344: JGTReg dst: r1 off: -1 src: r2 <ct_swap_23>
	345: StMemB dst: rfp src: r0 off: -203 imm: 0
	346: Ja off: -1 <ct_ordered_22>
ct_swap_23:
	347: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	348: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	349: StXMemW dst: rfp src: r2 off: -216 imm: 0
	350: StXMemW dst: rfp src: r1 off: -212 imm: 0
	351: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	352: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	353: StXMemH dst: rfp src: r2 off: -208 imm: 0
	354: StXMemH dst: rfp src: r1 off: -206 imm: 0
	355: StMemH dst: rfp src: r0 off: -202 imm: 0
	356: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_22:
	357: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	359: MovReg dst: r2 src: rfp
	360: AddImm dst: r2 imm: -216
	361: MovReg dst: r3 src: rfp
	362: AddImm dst: r3 imm: -172
	363: MovImm dst: r4 imm: 0
	364: Call FnMapUpdateElem
ct_norecord_21:
	365: MovImm dst: r0 imm: 0
	366: Exit
verdict_redirect:
	   ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	367: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	368: XorReg dst: r8 src: r1
	369: XorReg dst: r8 src: r1
	370: StXMemW dst: rfp src: r8 off: -140 imm: 0
	371: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	373: MovReg dst: r2 src: rfp
	374: AddImm dst: r2 imm: -140
	375: Call FnMapLookupElem
	376: JEqImm dst: r0 off: -1 imm: 0 <count_done_24>
	377: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	378: AddImm dst: r1 imm: 1
	379: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	380: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	381: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	382: AddReg dst: r2 src: r1
	383: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_24:
	384: MovReg dst: r1 src: r9
	385: LShImm dst: r1 imm: 16
	386: OrImm dst: r1 imm: 512
	387: StXMemW dst: r6 src: r1 off: 8 imm: 0
	388: StMemW dst: rfp src: r0 off: -60 imm: 300
	389: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	390: StXMemW dst: rfp src: r1 off: -64 imm: 0
	391: StXMemW dst: rfp src: r8 off: -56 imm: 0
	392: StMemW dst: rfp src: r0 off: -44 imm: 0
	393: MovReg dst: r1 src: r9
	394: AndImm dst: r1 imm: 65535
	395: StXMemW dst: rfp src: r1 off: -40 imm: 0
	396: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	397: StXMemW dst: rfp src: r1 off: -52 imm: 0
	398: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	399: OrImm dst: r1 imm: 67109376
	400: StXMemW dst: rfp src: r1 off: -48 imm: 0
	401: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	402: StXMemW dst: rfp src: r1 off: -36 imm: 0
	403: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	404: StXMemW dst: rfp src: r1 off: -20 imm: 0
	405: StMemW dst: rfp src: r0 off: -32 imm: 0
	406: StMemW dst: rfp src: r0 off: -16 imm: 0
	407: StMemW dst: rfp src: r0 off: -28 imm: 0
	408: StMemW dst: rfp src: r0 off: -12 imm: 0
	409: StMemW dst: rfp src: r0 off: -24 imm: 0
	410: StMemW dst: rfp src: r0 off: -8 imm: 0
	411: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	413: MovReg dst: r2 src: rfp
	414: AddImm dst: r2 imm: -64
	415: MovImm dst: r3 imm: 60
	416: MovImm dst: r4 imm: 0
	417: Call FnRingbufOutput
	418: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_25>
	419: StXMemW dst: rfp src: r8 off: -172 imm: 0
	420: StXMemH dst: rfp src: r9 off: -168 imm: 0
	421: StMemB dst: rfp src: r0 off: -166 imm: 2
	422: StMemB dst: rfp src: r0 off: -165 imm: 0
	423: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	424: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	425: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_26>
	426: JGTReg dst: r1 off: -1 src: r2 <ct_swap_27>
	427: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	428: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	429: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_26>
	430: JGTReg dst: r1 off: -1 src: r2 <ct_swap_27>
	431: StMemB dst: rfp src: r0 off: -203 imm: 0
	432: Ja off: -1 <ct_ordered_26>
ct_swap_27:
	433: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	434: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	435: StXMemW dst: rfp src: r2 off: -216 imm: 0
	436: StXMemW dst: rfp src: r1 off: -212 imm: 0
	437: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	438: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	439: StXMemH dst: rfp src: r2 off: -208 imm: 0
	440: StXMemH dst: rfp src: r1 off: -206 imm: 0
	441: StMemH dst: rfp src: r0 off: -202 imm: 0
	442: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_26:
	443: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	445: MovReg dst: r2 src: rfp
	446: AddImm dst: r2 imm: -216
	447: MovReg dst: r3 src: rfp
	448: AddImm dst: r3 imm: -172
	449: MovImm dst: r4 imm: 0
	450: Call FnMapUpdateElem
ct_norecord_25:
	451: MovImm dst: r0 imm: 0
	452: Exit
malformed:
	   ; truncated or malformed header: drop
	453: StMemW dst: rfp src: r0 off: -140 imm: 2
	454: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	456: MovReg dst: r2 src: rfp
	457: AddImm dst: r2 imm: -140
	458: Call FnMapLookupElem
	459: JEqImm dst: r0 off: -1 imm: 0 <count_done_28>
	460: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	461: AddImm dst: r1 imm: 1
	462: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	463: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	464: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	465: AddReg dst: r2 src: r1
	466: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_28:
	467: MovImm dst: r0 imm: 2
	468: Exit
family:
	   ; IP family without addresses in this cluster: drop (enforced)
	469: StMemW dst: rfp src: r0 off: -140 imm: 5
	470: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	472: MovReg dst: r2 src: rfp
	473: AddImm dst: r2 imm: -140
	474: Call FnMapLookupElem
	475: JEqImm dst: r0 off: -1 imm: 0 <count_done_29>
	476: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	477: AddImm dst: r1 imm: 1
	478: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	479: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	480: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	481: AddReg dst: r2 src: r1
	482: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_29:
	483: MovImm dst: r0 imm: 2
	484: Exit

== subject-300 policy_egress (section tcx/ingress, enforced=false, 275 instructions)
	   ; egress policy of identity 300 (enforced=false): parse Ethernet
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
	 14: StMemW dst: rfp src: r0 off: -140 imm: 1
	 15: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 17: MovReg dst: r2 src: rfp
	 18: AddImm dst: r2 imm: -140
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
	 47: StXMemW dst: rfp src: r5 off: -216 imm: 0
	 48: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 49: StXMemW dst: rfp src: r5 off: -212 imm: 0
	 50: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	 51: AddReg dst: r4 src: r1
l4_4:
	   ; transport header (IPv4)
	 52: OrReg dst: r7 src: r5
	 53: MovImm dst: r8 imm: 0
	 54: StMemW dst: rfp src: r0 off: -208 imm: 0
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
	 68: StXMemW dst: rfp src: r1 off: -208 imm: 0
	 69: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 70: SwapBE dst: r8 
	 71: Ja off: -1 <l4done_4>
l4done_4:
	 72: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 73: StMemB dst: rfp src: r0 off: -203 imm: 1
	 74: StMemH dst: rfp src: r0 off: -202 imm: 0
	 75: StMemW dst: rfp src: r0 off: -200 imm: 300
	 76: StMemB dst: rfp src: r0 off: -136 imm: 4
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 77: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 78: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 79: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 80: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 81: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 82: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 83: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 84: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 85: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 86: StMemB dst: rfp src: r0 off: -203 imm: 0
	 87: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	 88: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 89: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 90: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 91: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 92: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 93: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 94: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 95: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 96: StMemH dst: rfp src: r0 off: -202 imm: 0
	 97: StMemB dst: rfp src: r0 off: -203 imm: 0
	 98: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	100: MovReg dst: r2 src: rfp
	101: AddImm dst: r2 imm: -216
	102: Call FnMapLookupElem
	103: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	104: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	105: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	106: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	107: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	108: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	109: StXMemW dst: rfp src: r2 off: -216 imm: 0
	110: StXMemW dst: rfp src: r1 off: -212 imm: 0
	111: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	112: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	113: StXMemH dst: rfp src: r2 off: -208 imm: 0
	114: StXMemH dst: rfp src: r1 off: -206 imm: 0
	115: StMemH dst: rfp src: r0 off: -202 imm: 0
	116: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	117: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	119: MovReg dst: r2 src: rfp
	120: AddImm dst: r2 imm: -216
	121: Call FnMapLookupElem
	122: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	123: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	124: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	125: Ja off: -1 <ct_reply>
ct_miss_3:
	126: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_skip_2:
	127: StMemW dst: rfp src: r0 off: -144 imm: 0
	128: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	129: StMemW dst: rfp src: r0 off: -140 imm: 3
	130: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	132: MovReg dst: r2 src: rfp
	133: AddImm dst: r2 imm: -140
	134: Call FnMapLookupElem
	135: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	136: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	137: AddImm dst: r1 imm: 1
	138: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	139: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	140: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	141: AddReg dst: r2 src: r1
	142: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	143: MovImm dst: r0 imm: 0
	144: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	145: StMemW dst: rfp src: r0 off: -140 imm: 4
	146: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	148: MovReg dst: r2 src: rfp
	149: AddImm dst: r2 imm: -140
	150: Call FnMapLookupElem
	151: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	152: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	153: AddImm dst: r1 imm: 1
	154: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	155: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	156: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	157: AddReg dst: r2 src: r1
	158: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	159: MovImm dst: r0 imm: 0
	160: Exit
default:
	   ; no entry matches: allow (enforced=false)
	161: MovImm dst: r8 imm: 0
	162: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	163: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	164: XorReg dst: r8 src: r1
	165: XorReg dst: r8 src: r1
	166: StXMemW dst: rfp src: r8 off: -140 imm: 0
	167: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	169: MovReg dst: r2 src: rfp
	170: AddImm dst: r2 imm: -140
	171: Call FnMapLookupElem
	172: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	173: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	174: AddImm dst: r1 imm: 1
	175: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	176: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	177: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	178: AddReg dst: r2 src: r1
	179: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	180: StMemW dst: rfp src: r0 off: -64 imm: 300
	181: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	182: StXMemW dst: rfp src: r1 off: -60 imm: 0
	183: StXMemW dst: rfp src: r8 off: -56 imm: 0
	184: StMemW dst: rfp src: r0 off: -44 imm: 0
	185: StMemW dst: rfp src: r0 off: -40 imm: 0
	186: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	187: StXMemW dst: rfp src: r1 off: -52 imm: 0
	188: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	189: OrImm dst: r1 imm: 67174656
	190: StXMemW dst: rfp src: r1 off: -48 imm: 0
	191: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	192: StXMemW dst: rfp src: r1 off: -36 imm: 0
	193: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	194: StXMemW dst: rfp src: r1 off: -20 imm: 0
	195: StMemW dst: rfp src: r0 off: -32 imm: 0
	196: StMemW dst: rfp src: r0 off: -16 imm: 0
	197: StMemW dst: rfp src: r0 off: -28 imm: 0
	198: StMemW dst: rfp src: r0 off: -12 imm: 0
	199: StMemW dst: rfp src: r0 off: -24 imm: 0
	200: StMemW dst: rfp src: r0 off: -8 imm: 0
	201: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	203: MovReg dst: r2 src: rfp
	204: AddImm dst: r2 imm: -64
	205: MovImm dst: r3 imm: 60
	206: MovImm dst: r4 imm: 0
	207: Call FnRingbufOutput
	208: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_10>
	209: StXMemW dst: rfp src: r8 off: -172 imm: 0
	210: StMemH dst: rfp src: r0 off: -168 imm: 0
	211: StMemB dst: rfp src: r0 off: -166 imm: 1
	212: StMemB dst: rfp src: r0 off: -165 imm: 1
	213: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	214: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	215: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	216: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	217: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	218: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	219: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_11>
	220: JGTReg dst: r1 off: -1 src: r2 <ct_swap_12>
	221: StMemB dst: rfp src: r0 off: -203 imm: 0
	222: Ja off: -1 <ct_ordered_11>
ct_swap_12:
	223: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	224: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	225: StXMemW dst: rfp src: r2 off: -216 imm: 0
	226: StXMemW dst: rfp src: r1 off: -212 imm: 0
	227: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	228: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	229: StXMemH dst: rfp src: r2 off: -208 imm: 0
	230: StXMemH dst: rfp src: r1 off: -206 imm: 0
	231: StMemH dst: rfp src: r0 off: -202 imm: 0
	232: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_11:
	233: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	235: MovReg dst: r2 src: rfp
	236: AddImm dst: r2 imm: -216
	237: MovReg dst: r3 src: rfp
	238: AddImm dst: r3 imm: -172
	239: MovImm dst: r4 imm: 0
	240: Call FnMapUpdateElem
ct_norecord_10:
	241: MovImm dst: r0 imm: 0
	242: Exit
malformed:
	   ; truncated or malformed header: drop
	243: StMemW dst: rfp src: r0 off: -140 imm: 2
	244: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	246: MovReg dst: r2 src: rfp
	247: AddImm dst: r2 imm: -140
	248: Call FnMapLookupElem
	249: JEqImm dst: r0 off: -1 imm: 0 <count_done_13>
	250: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	251: AddImm dst: r1 imm: 1
	252: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	253: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	254: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	255: AddReg dst: r2 src: r1
	256: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_13:
	257: MovImm dst: r0 imm: 2
	258: Exit
family:
	   ; IP family without addresses in this cluster: pass (not enforced)
	259: StMemW dst: rfp src: r0 off: -140 imm: 5
	260: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	262: MovReg dst: r2 src: rfp
	263: AddImm dst: r2 imm: -140
	264: Call FnMapLookupElem
	265: JEqImm dst: r0 off: -1 imm: 0 <count_done_14>
	266: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	267: AddImm dst: r1 imm: 1
	268: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	269: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	270: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	271: AddReg dst: r2 src: r1
	272: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_14:
	273: MovImm dst: r0 imm: 0
	274: Exit

