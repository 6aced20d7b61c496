== subject-300 policy_ingress (section tcx/egress, enforced=true, 450 instructions)
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
	 75: StMemW dst: rfp src: r0 off: -136 imm: 300
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
	   ; peer identity (IPv4): exact ipcache, then prefixes, else world
	118: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	120: MovReg dst: r2 src: rfp
	121: AddImm dst: r2 imm: -152
	122: Call FnMapLookupElem
	123: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	124: StMemW dst: rfp src: r0 off: -80 imm: 2
	125: Ja off: -1 <membership>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	126: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	127: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	128: LShImm dst: r1 imm: 16
	129: OrImm dst: r1 imm: 512
	130: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
	131: StMemW dst: rfp src: r0 off: -76 imm: 3
	132: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	134: MovReg dst: r2 src: rfp
	135: AddImm dst: r2 imm: -76
	136: Call FnMapLookupElem
	137: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	138: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	139: AddImm dst: r1 imm: 1
	140: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	141: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	142: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	143: AddReg dst: r2 src: r1
	144: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	145: MovImm dst: r0 imm: 0
	146: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	147: StMemW dst: rfp src: r0 off: -76 imm: 4
	148: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	150: MovReg dst: r2 src: rfp
	151: AddImm dst: r2 imm: -76
	152: Call FnMapLookupElem
	153: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	154: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	155: AddImm dst: r1 imm: 1
	156: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	157: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	158: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	159: AddReg dst: r2 src: r1
	160: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	161: MovImm dst: r0 imm: 0
	162: Exit
have_identity:
	163: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	164: StXMemW dst: rfp src: r1 off: -80 imm: 0
membership:
	   ; selector membership of the peer identity
	165: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	167: MovReg dst: r2 src: rfp
	168: AddImm dst: r2 imm: -80
	169: Call FnMapLookupElem
	170: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	171: MovReg dst: r9 src: r0
	172: Ja off: -1 <decide>
no_identity:
	   ; peer identity unknown to the membership map: matches no selector
	173: StMemW dst: rfp src: r0 off: -76 imm: 6
	174: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	176: MovReg dst: r2 src: rfp
	177: AddImm dst: r2 imm: -76
	178: Call FnMapLookupElem
	179: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	180: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	181: AddImm dst: r1 imm: 1
	182: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	183: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	184: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	185: AddReg dst: r2 src: r1
	186: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	187: Ja off: -1 <default>
decide:
	   ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	188: MovReg dst: r1 src: r7
	189: AndImm dst: r1 imm: 511
	190: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	191: Ja off: -1 <class_0>
tree_6:
	   ; protocol 6: port compare tree over 5 intervals
	192: JGEImm dst: r8 off: -1 imm: 81 <ge_10>
	193: JGEImm dst: r8 off: -1 imm: 80 <ge_11>
	194: Ja off: -1 <class_0>
ge_11:
	195: Ja off: -1 <class_1>
ge_10:
	196: JGEImm dst: r8 off: -1 imm: 8080 <ge_12>
	197: Ja off: -1 <class_0>
ge_12:
	198: JGEImm dst: r8 off: -1 imm: 8081 <ge_13>
	199: Ja off: -1 <class_2>
ge_13:
	200: Ja off: -1 <class_0>
class_0:
	   ; class 0: candidates in precedence order [2]
	201: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	202: JSet32Imm dst: r1 off: -1 imm: 2 <c0_entry2_14>
	203: Ja off: -1 <default>
c0_entry2_14:
	   ; entry 2 deny peer={k8s.app=b} proto=0 ports=0-65535: default/tiny tiny.yaml:7:5
	204: MovImm dst: r8 imm: 2
	205: Ja off: -1 <verdict_deny>
class_1:
	   ; class 1: candidates in precedence order [2 1]
	206: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	207: JSet32Imm dst: r1 off: -1 imm: 2 <c1_entry2_15>
	208: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry1_16>
	209: Ja off: -1 <default>
c1_entry2_15:
	   ; entry 2 deny peer={k8s.app=b} proto=0 ports=0-65535: default/tiny tiny.yaml:7:5
	210: MovImm dst: r8 imm: 2
	211: Ja off: -1 <verdict_deny>
c1_entry1_16:
	   ; entry 1 allow peer={k8s.app=a} proto=6 ports=80-80: default/tiny tiny.yaml:7:5
	212: MovImm dst: r8 imm: 1
	213: Ja off: -1 <verdict_allow>
class_2:
	   ; class 2: candidates in precedence order [2 3]
	214: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	215: JSet32Imm dst: r1 off: -1 imm: 2 <c2_entry2_17>
	216: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry3_18>
	217: Ja off: -1 <default>
c2_entry2_17:
	   ; entry 2 deny peer={k8s.app=b} proto=0 ports=0-65535: default/tiny tiny.yaml:7:5
	218: MovImm dst: r8 imm: 2
	219: Ja off: -1 <verdict_deny>
c2_entry3_18:
	   ; entry 3 redirect peer={k8s.app=c} proto=6 ports=8080-8080: default/tiny tiny.yaml:7:5
	220: MovImm dst: r8 imm: 3
	221: MovImm dst: r9 imm: 39226
	222: Ja off: -1 <verdict_redirect>
default:
	   ; no entry matches: deny (enforced=true)
	223: MovImm dst: r8 imm: 0
	224: Ja off: -1 <verdict_deny>
verdict_deny:
	   ; verdict deny: count, emit an event, drop (never recorded)
	225: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	226: XorReg dst: r8 src: r1
	227: XorReg dst: r8 src: r1
	228: StXMemW dst: rfp src: r8 off: -76 imm: 0
	229: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	231: MovReg dst: r2 src: rfp
	232: AddImm dst: r2 imm: -76
	233: Call FnMapLookupElem
	234: JEqImm dst: r0 off: -1 imm: 0 <count_done_19>
	235: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	236: AddImm dst: r1 imm: 1
	237: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	238: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	239: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	240: AddReg dst: r2 src: r1
	241: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_19:
	242: StMemW dst: rfp src: r0 off: -60 imm: 300
	243: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	244: StXMemW dst: rfp src: r1 off: -64 imm: 0
	245: StXMemW dst: rfp src: r8 off: -56 imm: 0
	246: StMemW dst: rfp src: r0 off: -44 imm: 0
	247: StMemW dst: rfp src: r0 off: -40 imm: 0
	248: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	249: StXMemW dst: rfp src: r1 off: -52 imm: 0
	250: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	251: OrImm dst: r1 imm: 67108864
	252: StXMemW dst: rfp src: r1 off: -48 imm: 0
	253: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	254: StXMemW dst: rfp src: r1 off: -36 imm: 0
	255: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	256: StXMemW dst: rfp src: r1 off: -20 imm: 0
	257: StMemW dst: rfp src: r0 off: -32 imm: 0
	258: StMemW dst: rfp src: r0 off: -16 imm: 0
	259: StMemW dst: rfp src: r0 off: -28 imm: 0
	260: StMemW dst: rfp src: r0 off: -12 imm: 0
	261: StMemW dst: rfp src: r0 off: -24 imm: 0
	262: StMemW dst: rfp src: r0 off: -8 imm: 0
	263: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	265: MovReg dst: r2 src: rfp
	266: AddImm dst: r2 imm: -64
	267: MovImm dst: r3 imm: 60
	268: MovImm dst: r4 imm: 0
	269: Call FnRingbufOutput
	270: MovImm dst: r0 imm: 2
	271: Exit
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	272: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	273: XorReg dst: r8 src: r1
	274: XorReg dst: r8 src: r1
	275: StXMemW dst: rfp src: r8 off: -76 imm: 0
	276: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	278: MovReg dst: r2 src: rfp
	279: AddImm dst: r2 imm: -76
	280: Call FnMapLookupElem
	281: JEqImm dst: r0 off: -1 imm: 0 <count_done_20>
	282: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	283: AddImm dst: r1 imm: 1
	284: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	285: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	286: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	287: AddReg dst: r2 src: r1
	288: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_20:
	289: StMemW dst: rfp src: r0 off: -60 imm: 300
	290: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	291: StXMemW dst: rfp src: r1 off: -64 imm: 0
	292: StXMemW dst: rfp src: r8 off: -56 imm: 0
	293: StMemW dst: rfp src: r0 off: -44 imm: 0
	294: StMemW dst: rfp src: r0 off: -40 imm: 0
	295: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	296: StXMemW dst: rfp src: r1 off: -52 imm: 0
	297: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	298: OrImm dst: r1 imm: 67109120
	299: StXMemW dst: rfp src: r1 off: -48 imm: 0
	300: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	301: StXMemW dst: rfp src: r1 off: -36 imm: 0
	302: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	303: StXMemW dst: rfp src: r1 off: -20 imm: 0
	304: StMemW dst: rfp src: r0 off: -32 imm: 0
	305: StMemW dst: rfp src: r0 off: -16 imm: 0
	306: StMemW dst: rfp src: r0 off: -28 imm: 0
	307: StMemW dst: rfp src: r0 off: -12 imm: 0
	308: StMemW dst: rfp src: r0 off: -24 imm: 0
	309: StMemW dst: rfp src: r0 off: -8 imm: 0
	310: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	312: MovReg dst: r2 src: rfp
	313: AddImm dst: r2 imm: -64
	314: MovImm dst: r3 imm: 60
	315: MovImm dst: r4 imm: 0
	316: Call FnRingbufOutput
	317: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_21>
	318: StXMemW dst: rfp src: r8 off: -108 imm: 0
	319: StMemH dst: rfp src: r0 off: -104 imm: 0
	320: StMemB dst: rfp src: r0 off: -102 imm: 1
	321: StMemB dst: rfp src: r0 off: -101 imm: 0
	322: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	323: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_22>
	324: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	325: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	326: StXMemW dst: rfp src: r2 off: -152 imm: 0
	327: StXMemW dst: rfp src: r1 off: -148 imm: 0
	328: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	329: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	330: StXMemH dst: rfp src: r2 off: -144 imm: 0
	331: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_22:
	332: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	334: MovReg dst: r2 src: rfp
	335: AddImm dst: r2 imm: -152
	336: MovReg dst: r3 src: rfp
	337: AddImm dst: r3 imm: -108
	338: MovImm dst: r4 imm: 0
	339: Call FnMapUpdateElem
ct_norecord_21:
	340: MovImm dst: r0 imm: 0
	341: Exit
verdict_redirect:
	   ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	342: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	343: XorReg dst: r8 src: r1
	344: XorReg dst: r8 src: r1
	345: StXMemW dst: rfp src: r8 off: -76 imm: 0
	346: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	348: MovReg dst: r2 src: rfp
	349: AddImm dst: r2 imm: -76
	350: Call FnMapLookupElem
	351: JEqImm dst: r0 off: -1 imm: 0 <count_done_23>
	352: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	353: AddImm dst: r1 imm: 1
	354: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	355: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	356: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	357: AddReg dst: r2 src: r1
	358: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_23:
	359: MovReg dst: r1 src: r9
	360: LShImm dst: r1 imm: 16
	361: OrImm dst: r1 imm: 512
	362: StXMemW dst: r6 src: r1 off: 8 imm: 0
	363: StMemW dst: rfp src: r0 off: -60 imm: 300
	364: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	365: StXMemW dst: rfp src: r1 off: -64 imm: 0
	366: StXMemW dst: rfp src: r8 off: -56 imm: 0
	367: StMemW dst: rfp src: r0 off: -44 imm: 0
	368: MovReg dst: r1 src: r9
	369: AndImm dst: r1 imm: 65535
	370: StXMemW dst: rfp src: r1 off: -40 imm: 0
	371: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	372: StXMemW dst: rfp src: r1 off: -52 imm: 0
	373: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	374: OrImm dst: r1 imm: 67109376
	375: StXMemW dst: rfp src: r1 off: -48 imm: 0
	376: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	377: StXMemW dst: rfp src: r1 off: -36 imm: 0
	378: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	379: StXMemW dst: rfp src: r1 off: -20 imm: 0
	380: StMemW dst: rfp src: r0 off: -32 imm: 0
	381: StMemW dst: rfp src: r0 off: -16 imm: 0
	382: StMemW dst: rfp src: r0 off: -28 imm: 0
	383: StMemW dst: rfp src: r0 off: -12 imm: 0
	384: StMemW dst: rfp src: r0 off: -24 imm: 0
	385: StMemW dst: rfp src: r0 off: -8 imm: 0
	386: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	388: MovReg dst: r2 src: rfp
	389: AddImm dst: r2 imm: -64
	390: MovImm dst: r3 imm: 60
	391: MovImm dst: r4 imm: 0
	392: Call FnRingbufOutput
	393: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_24>
	394: StXMemW dst: rfp src: r8 off: -108 imm: 0
	395: StXMemH dst: rfp src: r9 off: -104 imm: 0
	396: StMemB dst: rfp src: r0 off: -102 imm: 2
	397: StMemB dst: rfp src: r0 off: -101 imm: 0
	398: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	399: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_25>
	400: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	401: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	402: StXMemW dst: rfp src: r2 off: -152 imm: 0
	403: StXMemW dst: rfp src: r1 off: -148 imm: 0
	404: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	405: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	406: StXMemH dst: rfp src: r2 off: -144 imm: 0
	407: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_25:
	408: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	410: MovReg dst: r2 src: rfp
	411: AddImm dst: r2 imm: -152
	412: MovReg dst: r3 src: rfp
	413: AddImm dst: r3 imm: -108
	414: MovImm dst: r4 imm: 0
	415: Call FnMapUpdateElem
ct_norecord_24:
	416: MovImm dst: r0 imm: 0
	417: Exit
malformed:
	   ; truncated or malformed header: drop
	418: StMemW dst: rfp src: r0 off: -76 imm: 2
	419: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	421: MovReg dst: r2 src: rfp
	422: AddImm dst: r2 imm: -76
	423: Call FnMapLookupElem
	424: JEqImm dst: r0 off: -1 imm: 0 <count_done_26>
	425: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	426: AddImm dst: r1 imm: 1
	427: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	428: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	429: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	430: AddReg dst: r2 src: r1
	431: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_26:
	432: MovImm dst: r0 imm: 2
	433: Exit
family:
	   ; IP family without addresses in this cluster: drop (enforced)
	434: StMemW dst: rfp src: r0 off: -76 imm: 5
	435: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	437: MovReg dst: r2 src: rfp
	438: AddImm dst: r2 imm: -76
	439: Call FnMapLookupElem
	440: JEqImm dst: r0 off: -1 imm: 0 <count_done_27>
	441: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	442: AddImm dst: r1 imm: 1
	443: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	444: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	445: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	446: AddReg dst: r2 src: r1
	447: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_27:
	448: MovImm dst: r0 imm: 2
	449: Exit

== subject-300 policy_egress (section tcx/ingress, enforced=false, 256 instructions)
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
	 75: StMemW dst: rfp src: r0 off: -136 imm: 300
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
	171: StMemW dst: rfp src: r0 off: -64 imm: 300
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

