== subject-300 policy_ingress (section tcx/egress, enforced=true, 429 instructions)
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
	   ; peer identity (IPv4): exact ipcache, then prefixes, else world
	108: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	110: MovReg dst: r2 src: rfp
	111: AddImm dst: r2 imm: -152
	112: Call FnMapLookupElem
	113: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	114: StMemW dst: rfp src: r0 off: -80 imm: 2
	115: Ja off: -1 <membership>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	116: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	117: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	118: LShImm dst: r1 imm: 16
	119: OrImm dst: r1 imm: 512
	120: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
	121: StMemW dst: rfp src: r0 off: -76 imm: 3
	122: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	124: MovReg dst: r2 src: rfp
	125: AddImm dst: r2 imm: -76
	126: Call FnMapLookupElem
	127: JEqImm dst: r0 off: -1 imm: 0 <count_done_3>
	128: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	129: AddImm dst: r1 imm: 1
	130: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	131: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	132: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	133: AddReg dst: r2 src: r1
	134: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_3:
	135: MovImm dst: r0 imm: 0
	136: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	137: StMemW dst: rfp src: r0 off: -76 imm: 4
	138: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	140: MovReg dst: r2 src: rfp
	141: AddImm dst: r2 imm: -76
	142: Call FnMapLookupElem
	143: JEqImm dst: r0 off: -1 imm: 0 <count_done_4>
	144: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	145: AddImm dst: r1 imm: 1
	146: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	147: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	148: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	149: AddReg dst: r2 src: r1
	150: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_4:
	151: MovImm dst: r0 imm: 0
	152: Exit
have_identity:
	153: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	154: StXMemW dst: rfp src: r1 off: -80 imm: 0
membership:
	   ; selector membership of the peer identity
	155: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	157: MovReg dst: r2 src: rfp
	158: AddImm dst: r2 imm: -80
	159: Call FnMapLookupElem
	160: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	161: MovReg dst: r9 src: r0
	162: Ja off: -1 <decide>
no_identity:
	   ; peer identity unknown to the membership map: matches no selector
	163: StMemW dst: rfp src: r0 off: -76 imm: 6
	164: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	166: MovReg dst: r2 src: rfp
	167: AddImm dst: r2 imm: -76
	168: Call FnMapLookupElem
	169: JEqImm dst: r0 off: -1 imm: 0 <count_done_5>
	170: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	171: AddImm dst: r1 imm: 1
	172: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	173: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	174: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	175: AddReg dst: r2 src: r1
	176: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_5:
	177: Ja off: -1 <default>
decide:
	   ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	178: MovReg dst: r1 src: r7
	179: AndImm dst: r1 imm: 511
	180: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	181: Ja off: -1 <class_0>
tree_6:
	   ; protocol 6: port compare tree over 5 intervals
	182: JGEImm dst: r8 off: -1 imm: 81 <ge_6>
	183: JGEImm dst: r8 off: -1 imm: 80 <ge_7>
	184: Ja off: -1 <class_0>
ge_7:
	185: Ja off: -1 <class_1>
ge_6:
	186: JGEImm dst: r8 off: -1 imm: 8080 <ge_8>
	187: Ja off: -1 <class_0>
ge_8:
	188: JGEImm dst: r8 off: -1 imm: 8081 <ge_9>
	189: Ja off: -1 <class_2>
ge_9:
	190: Ja off: -1 <class_0>
class_0:
	   ; class 0: candidates in precedence order [2]
	191: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	192: JSet32Imm dst: r1 off: -1 imm: 2 <c0_entry2_10>
	193: Ja off: -1 <default>
c0_entry2_10:
	   ; entry 2 deny peer={k8s.app=b} proto=0 ports=0-65535: default/tiny tiny.yaml:7:5
	194: MovImm dst: r8 imm: 2
	195: Ja off: -1 <verdict_deny>
class_1:
	   ; class 1: candidates in precedence order [2 1]
	196: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	197: JSet32Imm dst: r1 off: -1 imm: 2 <c1_entry2_11>
	198: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry1_12>
	199: Ja off: -1 <default>
c1_entry2_11:
	   ; entry 2 deny peer={k8s.app=b} proto=0 ports=0-65535: default/tiny tiny.yaml:7:5
	200: MovImm dst: r8 imm: 2
	201: Ja off: -1 <verdict_deny>
c1_entry1_12:
	   ; entry 1 allow peer={k8s.app=a} proto=6 ports=80-80: default/tiny tiny.yaml:7:5
	202: MovImm dst: r8 imm: 1
	203: Ja off: -1 <verdict_allow>
class_2:
	   ; class 2: candidates in precedence order [2 3]
	204: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	205: JSet32Imm dst: r1 off: -1 imm: 2 <c2_entry2_13>
	206: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry3_14>
	207: Ja off: -1 <default>
c2_entry2_13:
	   ; entry 2 deny peer={k8s.app=b} proto=0 ports=0-65535: default/tiny tiny.yaml:7:5
	208: MovImm dst: r8 imm: 2
	209: Ja off: -1 <verdict_deny>
c2_entry3_14:
	   ; entry 3 redirect peer={k8s.app=c} proto=6 ports=8080-8080: default/tiny tiny.yaml:7:5
	210: MovImm dst: r8 imm: 3
	211: MovImm dst: r9 imm: 39226
	212: Ja off: -1 <verdict_redirect>
default:
	   ; no entry matches: deny (enforced=true)
	213: MovImm dst: r8 imm: 0
	214: Ja off: -1 <verdict_deny>
verdict_deny:
	   ; verdict deny: count, emit an event, drop (never recorded)
	215: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	216: XorReg dst: r8 src: r1
	217: XorReg dst: r8 src: r1
	218: StXMemW dst: rfp src: r8 off: -76 imm: 0
	219: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	221: MovReg dst: r2 src: rfp
	222: AddImm dst: r2 imm: -76
	223: Call FnMapLookupElem
	224: JEqImm dst: r0 off: -1 imm: 0 <count_done_15>
	225: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	226: AddImm dst: r1 imm: 1
	227: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	228: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	229: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	230: AddReg dst: r2 src: r1
	231: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_15:
	232: StMemW dst: rfp src: r0 off: -60 imm: 300
	233: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	234: StXMemW dst: rfp src: r1 off: -64 imm: 0
	235: StXMemW dst: rfp src: r8 off: -56 imm: 0
	236: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	237: StXMemW dst: rfp src: r1 off: -52 imm: 0
	238: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	239: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	240: LShImm dst: r2 imm: 24
	241: OrReg dst: r1 src: r2
	242: OrImm dst: r1 imm: 0
	243: StXMemW dst: rfp src: r1 off: -48 imm: 0
	244: StMemW dst: rfp src: r0 off: -44 imm: 0
	245: StMemW dst: rfp src: r0 off: -40 imm: 0
	246: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	247: StXMemW dst: rfp src: r1 off: -36 imm: 0
	248: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	249: StXMemW dst: rfp src: r1 off: -20 imm: 0
	250: StMemW dst: rfp src: r0 off: -32 imm: 0
	251: StMemW dst: rfp src: r0 off: -16 imm: 0
	252: StMemW dst: rfp src: r0 off: -28 imm: 0
	253: StMemW dst: rfp src: r0 off: -12 imm: 0
	254: StMemW dst: rfp src: r0 off: -24 imm: 0
	255: StMemW dst: rfp src: r0 off: -8 imm: 0
	256: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	258: MovReg dst: r2 src: rfp
	259: AddImm dst: r2 imm: -64
	260: MovImm dst: r3 imm: 60
	261: MovImm dst: r4 imm: 0
	262: Call FnRingbufOutput
	263: MovImm dst: r0 imm: 2
	264: Exit
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	265: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	266: XorReg dst: r8 src: r1
	267: XorReg dst: r8 src: r1
	268: StXMemW dst: rfp src: r8 off: -76 imm: 0
	269: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	271: MovReg dst: r2 src: rfp
	272: AddImm dst: r2 imm: -76
	273: Call FnMapLookupElem
	274: JEqImm dst: r0 off: -1 imm: 0 <count_done_16>
	275: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	276: AddImm dst: r1 imm: 1
	277: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	278: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	279: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	280: AddReg dst: r2 src: r1
	281: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_16:
	282: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_17>
	283: StXMemW dst: rfp src: r8 off: -108 imm: 0
	284: StMemH dst: rfp src: r0 off: -104 imm: 0
	285: StMemB dst: rfp src: r0 off: -102 imm: 1
	286: StMemB dst: rfp src: r0 off: -101 imm: 0
	287: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	289: MovReg dst: r2 src: rfp
	290: AddImm dst: r2 imm: -152
	291: MovReg dst: r3 src: rfp
	292: AddImm dst: r3 imm: -108
	293: MovImm dst: r4 imm: 0
	294: Call FnMapUpdateElem
ct_norecord_17:
	295: StMemW dst: rfp src: r0 off: -60 imm: 300
	296: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	297: StXMemW dst: rfp src: r1 off: -64 imm: 0
	298: StXMemW dst: rfp src: r8 off: -56 imm: 0
	299: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	300: StXMemW dst: rfp src: r1 off: -52 imm: 0
	301: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	302: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	303: LShImm dst: r2 imm: 24
	304: OrReg dst: r1 src: r2
	305: OrImm dst: r1 imm: 256
	306: StXMemW dst: rfp src: r1 off: -48 imm: 0
	307: StMemW dst: rfp src: r0 off: -44 imm: 0
	308: StMemW dst: rfp src: r0 off: -40 imm: 0
	309: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	310: StXMemW dst: rfp src: r1 off: -36 imm: 0
	311: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	312: StXMemW dst: rfp src: r1 off: -20 imm: 0
	313: StMemW dst: rfp src: r0 off: -32 imm: 0
	314: StMemW dst: rfp src: r0 off: -16 imm: 0
	315: StMemW dst: rfp src: r0 off: -28 imm: 0
	316: StMemW dst: rfp src: r0 off: -12 imm: 0
	317: StMemW dst: rfp src: r0 off: -24 imm: 0
	318: StMemW dst: rfp src: r0 off: -8 imm: 0
	319: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	321: MovReg dst: r2 src: rfp
	322: AddImm dst: r2 imm: -64
	323: MovImm dst: r3 imm: 60
	324: MovImm dst: r4 imm: 0
	325: Call FnRingbufOutput
	326: MovImm dst: r0 imm: 0
	327: Exit
verdict_redirect:
	   ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	328: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	329: XorReg dst: r8 src: r1
	330: XorReg dst: r8 src: r1
	331: StXMemW dst: rfp src: r8 off: -76 imm: 0
	332: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	334: MovReg dst: r2 src: rfp
	335: AddImm dst: r2 imm: -76
	336: Call FnMapLookupElem
	337: JEqImm dst: r0 off: -1 imm: 0 <count_done_18>
	338: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	339: AddImm dst: r1 imm: 1
	340: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	341: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	342: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	343: AddReg dst: r2 src: r1
	344: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_18:
	345: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_19>
	346: StXMemW dst: rfp src: r8 off: -108 imm: 0
	347: StXMemH dst: rfp src: r9 off: -104 imm: 0
	348: StMemB dst: rfp src: r0 off: -102 imm: 2
	349: StMemB dst: rfp src: r0 off: -101 imm: 0
	350: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	352: MovReg dst: r2 src: rfp
	353: AddImm dst: r2 imm: -152
	354: MovReg dst: r3 src: rfp
	355: AddImm dst: r3 imm: -108
	356: MovImm dst: r4 imm: 0
	357: Call FnMapUpdateElem
ct_norecord_19:
	358: MovReg dst: r1 src: r9
	359: LShImm dst: r1 imm: 16
	360: OrImm dst: r1 imm: 512
	361: StXMemW dst: r6 src: r1 off: 8 imm: 0
	362: StMemW dst: rfp src: r0 off: -60 imm: 300
	363: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	364: StXMemW dst: rfp src: r1 off: -64 imm: 0
	365: StXMemW dst: rfp src: r8 off: -56 imm: 0
	366: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	367: StXMemW dst: rfp src: r1 off: -52 imm: 0
	368: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	369: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	370: LShImm dst: r2 imm: 24
	371: OrReg dst: r1 src: r2
	372: OrImm dst: r1 imm: 512
	373: StXMemW dst: rfp src: r1 off: -48 imm: 0
	374: StMemW dst: rfp src: r0 off: -44 imm: 0
	375: MovReg dst: r1 src: r9
	376: AndImm dst: r1 imm: 65535
	377: StXMemW dst: rfp src: r1 off: -40 imm: 0
	378: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	379: StXMemW dst: rfp src: r1 off: -36 imm: 0
	380: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	381: StXMemW dst: rfp src: r1 off: -20 imm: 0
	382: StMemW dst: rfp src: r0 off: -32 imm: 0
	383: StMemW dst: rfp src: r0 off: -16 imm: 0
	384: StMemW dst: rfp src: r0 off: -28 imm: 0
	385: StMemW dst: rfp src: r0 off: -12 imm: 0
	386: StMemW dst: rfp src: r0 off: -24 imm: 0
	387: StMemW dst: rfp src: r0 off: -8 imm: 0
	388: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	390: MovReg dst: r2 src: rfp
	391: AddImm dst: r2 imm: -64
	392: MovImm dst: r3 imm: 60
	393: MovImm dst: r4 imm: 0
	394: Call FnRingbufOutput
	395: MovImm dst: r0 imm: 0
	396: Exit
malformed:
	   ; truncated or malformed header: drop
	397: StMemW dst: rfp src: r0 off: -76 imm: 2
	398: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	400: MovReg dst: r2 src: rfp
	401: AddImm dst: r2 imm: -76
	402: Call FnMapLookupElem
	403: JEqImm dst: r0 off: -1 imm: 0 <count_done_20>
	404: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	405: AddImm dst: r1 imm: 1
	406: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	407: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	408: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	409: AddReg dst: r2 src: r1
	410: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_20:
	411: MovImm dst: r0 imm: 2
	412: Exit
family:
	   ; IP family without addresses in this cluster: drop (enforced)
	413: StMemW dst: rfp src: r0 off: -76 imm: 5
	414: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	416: MovReg dst: r2 src: rfp
	417: AddImm dst: r2 imm: -76
	418: Call FnMapLookupElem
	419: JEqImm dst: r0 off: -1 imm: 0 <count_done_21>
	420: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	421: AddImm dst: r1 imm: 1
	422: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	423: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	424: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	425: AddReg dst: r2 src: r1
	426: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_21:
	427: MovImm dst: r0 imm: 2
	428: Exit

== subject-300 policy_egress (section tcx/ingress, enforced=false, 239 instructions)
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
	174: StMemW dst: rfp src: r0 off: -64 imm: 300
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

