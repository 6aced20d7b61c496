== subject-256 policy_ingress (section tcx/egress, enforced=false, 275 instructions)
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
	 75: StMemW dst: rfp src: r0 off: -200 imm: 256
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
	180: StMemW dst: rfp src: r0 off: -60 imm: 256
	181: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	182: StXMemW dst: rfp src: r1 off: -64 imm: 0
	183: StXMemW dst: rfp src: r8 off: -56 imm: 0
	184: StMemW dst: rfp src: r0 off: -44 imm: 0
	185: StMemW dst: rfp src: r0 off: -40 imm: 0
	186: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	187: StXMemW dst: rfp src: r1 off: -52 imm: 0
	188: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	189: OrImm dst: r1 imm: 67109120
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
	212: StMemB dst: rfp src: r0 off: -165 imm: 0
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
	232: StMemB dst: rfp src: r0 off: -203 imm: 1
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

== subject-256 policy_egress (section tcx/ingress, enforced=false, 275 instructions)
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
	 75: StMemW dst: rfp src: r0 off: -200 imm: 256
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
	180: StMemW dst: rfp src: r0 off: -64 imm: 256
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

== subject-257 policy_ingress (section tcx/egress, enforced=false, 275 instructions)
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
	 75: StMemW dst: rfp src: r0 off: -200 imm: 257
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
	180: StMemW dst: rfp src: r0 off: -60 imm: 257
	181: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	182: StXMemW dst: rfp src: r1 off: -64 imm: 0
	183: StXMemW dst: rfp src: r8 off: -56 imm: 0
	184: StMemW dst: rfp src: r0 off: -44 imm: 0
	185: StMemW dst: rfp src: r0 off: -40 imm: 0
	186: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	187: StXMemW dst: rfp src: r1 off: -52 imm: 0
	188: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	189: OrImm dst: r1 imm: 67109120
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
	212: StMemB dst: rfp src: r0 off: -165 imm: 0
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
	232: StMemB dst: rfp src: r0 off: -203 imm: 1
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

== subject-257 policy_egress (section tcx/ingress, enforced=false, 275 instructions)
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
	 75: StMemW dst: rfp src: r0 off: -200 imm: 257
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
	180: StMemW dst: rfp src: r0 off: -64 imm: 257
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

== subject-300 policy_ingress (section tcx/egress, enforced=true, 531 instructions)
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
	  69: StXMemW dst: rfp src: r1 off: -208 imm: 0
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
	  82: StXMemH dst: rfp src: r1 off: -208 imm: 0
	  83: Ja off: -1 <l4done_4>
echorep_4:
	  84: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	  85: StXMemH dst: rfp src: r1 off: -206 imm: 0
	  86: Ja off: -1 <l4done_4>
l4done_4:
	  87: StXMemB dst: rfp src: r5 off: -204 imm: 0
	  88: StMemB dst: rfp src: r0 off: -203 imm: 0
	  89: StMemH dst: rfp src: r0 off: -202 imm: 0
	  90: StMemW dst: rfp src: r0 off: -200 imm: 300
	  91: StMemB dst: rfp src: r0 off: -136 imm: 4
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	  92: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	  93: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	  94: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	  95: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  96: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	  97: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	  98: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	  99: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 100: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 101: StMemB dst: rfp src: r0 off: -203 imm: 0
	 102: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	 103: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 104: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 105: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 106: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 107: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 108: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 109: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 110: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 111: StMemH dst: rfp src: r0 off: -202 imm: 0
	 112: StMemB dst: rfp src: r0 off: -203 imm: 1
	 113: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 115: MovReg dst: r2 src: rfp
	 116: AddImm dst: r2 imm: -216
	 117: Call FnMapLookupElem
	 118: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	 119: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 120: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 121: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	 122: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 123: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 124: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 125: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 126: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 127: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 128: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 129: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 130: StMemH dst: rfp src: r0 off: -202 imm: 0
	 131: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	 132: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 134: MovReg dst: r2 src: rfp
	 135: AddImm dst: r2 imm: -216
	 136: Call FnMapLookupElem
	 137: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 138: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 139: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 140: Ja off: -1 <ct_reply>
ct_miss_3:
	 141: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_skip_2:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 142: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 144: MovReg dst: r2 src: rfp
	 145: AddImm dst: r2 imm: -216
	 146: Call FnMapLookupElem
	 147: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 148: StMemW dst: rfp src: r0 off: -144 imm: 2
	 149: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 150: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	 151: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	 152: LShImm dst: r1 imm: 16
	 153: OrImm dst: r1 imm: 512
	 154: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
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
have_identity:
	 187: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 188: StXMemW dst: rfp src: r1 off: -144 imm: 0
	    ; ipcache hit: identity and the membership words the decision reads, from its value
	 189: LdXMemW dst: r1 src: r0 off: 8 imm: 0
	 190: StXMemW dst: rfp src: r1 off: -128 imm: 0
	 191: Ja off: -1 <words_ready>
membership:
	    ; selector membership of the world identity
	 192: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 194: MovReg dst: r2 src: rfp
	 195: AddImm dst: r2 imm: -144
	 196: Call FnMapLookupElem
	 197: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 198: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 199: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	 200: MovReg dst: r9 src: rfp
	 201: AddImm dst: r9 imm: -128
	 202: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 203: StMemW dst: rfp src: r0 off: -140 imm: 6
	 204: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 206: MovReg dst: r2 src: rfp
	 207: AddImm dst: r2 imm: -140
	 208: Call FnMapLookupElem
	 209: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	 210: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 211: AddImm dst: r1 imm: 1
	 212: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 213: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 214: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 215: AddReg dst: r2 src: r1
	 216: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	 217: Ja off: -1 <default>
decide:
	    ; decision (hash strategy, requested hash; tree would test 3 candidates, largest class 1): table 0, group of the peer, dispatch on protocol
	 218: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 219: StXMemW dst: rfp src: r1 off: -236 imm: 0
	 220: StMemW dst: rfp src: r0 off: -240 imm: 0
	 221: MovReg dst: r1 src: r7
	 222: AndImm dst: r1 imm: 511
	 223: JEqImm dst: r1 off: -1 imm: 1 <hport_1>
	 224: JEqImm dst: r1 off: -1 imm: 6 <hport_6>
	    ; other protocols and fragments: class 0 (ProtoAny entries)
	 225: StMemW dst: rfp src: r0 off: -232 imm: 0
	 226: StMemW dst: rfp src: r0 off: -224 imm: -1
	 227: Ja off: -1 <dec_lookup>
hport_1:
	    ; protocol 1: port index slot 0 (3 intervals), then wide class 0
	 228: StMemW dst: rfp src: r0 off: -224 imm: 0
	 229: MovImm dst: r1 imm: 0
	 230: Ja off: -1 <port_index>
hport_6:
	    ; protocol 6: port index slot 1 (5 intervals), then wide class 0
	 231: StMemW dst: rfp src: r0 off: -224 imm: 0
	 232: MovImm dst: r1 imm: 256
	 233: Ja off: -1 <port_index>
port_index:
	    ; port index: block slot*256 + port>>8, then its page unless the block has one class
	 234: MovReg dst: r2 src: r8
	 235: RShImm dst: r2 imm: 8
	 236: AddReg dst: r1 src: r2
	 237: StXMemW dst: rfp src: r1 off: -228 imm: 0
	 238: LoadMapPtr dst: r1 fd: 0 <policyc_pblock>
	 240: MovReg dst: r2 src: rfp
	 241: AddImm dst: r2 imm: -228
	 242: Call FnMapLookupElem
	 243: JEqImm dst: r0 off: -1 imm: 0 <default>
	 244: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 245: JNEImm dst: r1 off: -1 imm: 0 <port_page>
	 246: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 247: StXMemW dst: rfp src: r1 off: -232 imm: 0
	 248: Ja off: -1 <dec_lookup>
port_page:
	 249: SubImm32 dst: r1 imm: 1
	 250: LShImm32 dst: r1 imm: 8
	 251: MovReg dst: r2 src: r8
	 252: AndImm dst: r2 imm: 255
	 253: OrReg dst: r1 src: r2
	 254: StXMemW dst: rfp src: r1 off: -228 imm: 0
	 255: LoadMapPtr dst: r1 fd: 0 <policyc_ppage>
	 257: MovReg dst: r2 src: rfp
	 258: AddImm dst: r2 imm: -228
	 259: Call FnMapLookupElem
	 260: JEqImm dst: r0 off: -1 imm: 0 <default>
	 261: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 262: StXMemW dst: rfp src: r1 off: -232 imm: 0
dec_lookup:
	    ; decision lookup {table, group, class}; on a miss the protocol's wide class; then the default verdict
	 263: LoadMapPtr dst: r1 fd: 0 <policyc_dec>
	 265: MovReg dst: r2 src: rfp
	 266: AddImm dst: r2 imm: -240
	 267: Call FnMapLookupElem
	 268: JNEImm dst: r0 off: -1 imm: 0 <dec_hit>
	 269: LdXMemW dst: r1 src: rfp off: -224 imm: 0
	 270: JEq32Imm dst: r1 off: -1 imm: -1 <default>
	 271: StXMemW dst: rfp src: r1 off: -232 imm: 0
	 272: LoadMapPtr dst: r1 fd: 0 <policyc_dec>
	 274: MovReg dst: r2 src: rfp
	 275: AddImm dst: r2 imm: -240
	 276: Call FnMapLookupElem
	 277: JEqImm dst: r0 off: -1 imm: 0 <default>
dec_hit:
	    ; stored decision: entry id, proxy port (network order), verdict
	 278: LdXMemW dst: r8 src: r0 off: 0 imm: 0
	 279: LdXMemH dst: r9 src: r0 off: 4 imm: 0
	 280: LdXMemB dst: r1 src: r0 off: 6 imm: 0
	 281: JEqImm dst: r1 off: -1 imm: 1 <verdict_allow>
	 282: JEqImm dst: r1 off: -1 imm: 2 <verdict_redirect>
	 283: Ja off: -1 <verdict_deny>
default:
	    ; no entry matches: deny (enforced=true)
	 284: MovImm dst: r8 imm: 0
	 285: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 286: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 287: XorReg dst: r8 src: r1
	 288: XorReg dst: r8 src: r1
	 289: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 290: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 292: MovReg dst: r2 src: rfp
	 293: AddImm dst: r2 imm: -140
	 294: Call FnMapLookupElem
	 295: JEqImm dst: r0 off: -1 imm: 0 <count_done_10>
	 296: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 297: AddImm dst: r1 imm: 1
	 298: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 299: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 300: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 301: AddReg dst: r2 src: r1
	 302: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_10:
	 303: StMemW dst: rfp src: r0 off: -60 imm: 300
	 304: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 305: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 306: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 307: StMemW dst: rfp src: r0 off: -44 imm: 0
	 308: StMemW dst: rfp src: r0 off: -40 imm: 0
	 309: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 310: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 311: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 312: OrImm dst: r1 imm: 67108864
	 313: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 314: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 315: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 316: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 317: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 318: StMemW dst: rfp src: r0 off: -32 imm: 0
	 319: StMemW dst: rfp src: r0 off: -16 imm: 0
	 320: StMemW dst: rfp src: r0 off: -28 imm: 0
	 321: StMemW dst: rfp src: r0 off: -12 imm: 0
	 322: StMemW dst: rfp src: r0 off: -24 imm: 0
	 323: StMemW dst: rfp src: r0 off: -8 imm: 0
	 324: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 326: MovReg dst: r2 src: rfp
	 327: AddImm dst: r2 imm: -64
	 328: MovImm dst: r3 imm: 60
	 329: MovImm dst: r4 imm: 0
	 330: Call FnRingbufOutput
	 331: MovImm dst: r0 imm: 2
	 332: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 333: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 334: XorReg dst: r8 src: r1
	 335: XorReg dst: r8 src: r1
	 336: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 337: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 339: MovReg dst: r2 src: rfp
	 340: AddImm dst: r2 imm: -140
	 341: Call FnMapLookupElem
	 342: JEqImm dst: r0 off: -1 imm: 0 <count_done_11>
	 343: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 344: AddImm dst: r1 imm: 1
	 345: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 346: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 347: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 348: AddReg dst: r2 src: r1
	 349: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_11:
	 350: StMemW dst: rfp src: r0 off: -60 imm: 300
	 351: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 352: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 353: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 354: StMemW dst: rfp src: r0 off: -44 imm: 0
	 355: StMemW dst: rfp src: r0 off: -40 imm: 0
	 356: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 357: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 358: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 359: OrImm dst: r1 imm: 67109120
	 360: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 361: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 362: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 363: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 364: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 365: StMemW dst: rfp src: r0 off: -32 imm: 0
	 366: StMemW dst: rfp src: r0 off: -16 imm: 0
	 367: StMemW dst: rfp src: r0 off: -28 imm: 0
	 368: StMemW dst: rfp src: r0 off: -12 imm: 0
	 369: StMemW dst: rfp src: r0 off: -24 imm: 0
	 370: StMemW dst: rfp src: r0 off: -8 imm: 0
	 371: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 373: MovReg dst: r2 src: rfp
	 374: AddImm dst: r2 imm: -64
	 375: MovImm dst: r3 imm: 60
	 376: MovImm dst: r4 imm: 0
	 377: Call FnRingbufOutput
	 378: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_12>
	 379: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 380: StMemH dst: rfp src: r0 off: -168 imm: 0
	 381: StMemB dst: rfp src: r0 off: -166 imm: 1
	 382: StMemB dst: rfp src: r0 off: -165 imm: 0
	 383: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 384: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 385: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_13>
	 386: JGTReg dst: r1 off: -1 src: r2 <ct_swap_14>
	 387: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 388: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 389: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_13>
	 390: JGTReg dst: r1 off: -1 src: r2 <ct_swap_14>
	 391: StMemB dst: rfp src: r0 off: -203 imm: 0
	 392: Ja off: -1 <ct_ordered_13>
ct_swap_14:
	 393: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 394: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 395: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 396: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 397: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 398: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 399: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 400: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 401: StMemH dst: rfp src: r0 off: -202 imm: 0
	 402: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_13:
	 403: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 405: MovReg dst: r2 src: rfp
	 406: AddImm dst: r2 imm: -216
	 407: MovReg dst: r3 src: rfp
	 408: AddImm dst: r3 imm: -172
	 409: MovImm dst: r4 imm: 0
	 410: Call FnMapUpdateElem
ct_norecord_12:
	 411: MovImm dst: r0 imm: 0
	 412: Exit
verdict_redirect:
	    ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	 413: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 414: XorReg dst: r8 src: r1
	 415: XorReg dst: r8 src: r1
	 416: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 417: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 419: MovReg dst: r2 src: rfp
	 420: AddImm dst: r2 imm: -140
	 421: Call FnMapLookupElem
	 422: JEqImm dst: r0 off: -1 imm: 0 <count_done_15>
	 423: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 424: AddImm dst: r1 imm: 1
	 425: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 426: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 427: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 428: AddReg dst: r2 src: r1
	 429: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_15:
	 430: MovReg dst: r1 src: r9
	 431: LShImm dst: r1 imm: 16
	 432: OrImm dst: r1 imm: 512
	 433: StXMemW dst: r6 src: r1 off: 8 imm: 0
	 434: StMemW dst: rfp src: r0 off: -60 imm: 300
	 435: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 436: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 437: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 438: StMemW dst: rfp src: r0 off: -44 imm: 0
	 439: MovReg dst: r1 src: r9
	 440: AndImm dst: r1 imm: 65535
	 441: StXMemW dst: rfp src: r1 off: -40 imm: 0
	 442: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 443: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 444: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 445: OrImm dst: r1 imm: 67109376
	 446: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 447: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 448: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 449: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 450: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 451: StMemW dst: rfp src: r0 off: -32 imm: 0
	 452: StMemW dst: rfp src: r0 off: -16 imm: 0
	 453: StMemW dst: rfp src: r0 off: -28 imm: 0
	 454: StMemW dst: rfp src: r0 off: -12 imm: 0
	 455: StMemW dst: rfp src: r0 off: -24 imm: 0
	 456: StMemW dst: rfp src: r0 off: -8 imm: 0
	 457: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 459: MovReg dst: r2 src: rfp
	 460: AddImm dst: r2 imm: -64
	 461: MovImm dst: r3 imm: 60
	 462: MovImm dst: r4 imm: 0
	 463: Call FnRingbufOutput
	 464: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_16>
	 465: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 466: StXMemH dst: rfp src: r9 off: -168 imm: 0
	 467: StMemB dst: rfp src: r0 off: -166 imm: 2
	 468: StMemB dst: rfp src: r0 off: -165 imm: 0
	 469: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 470: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 471: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_17>
	 472: JGTReg dst: r1 off: -1 src: r2 <ct_swap_18>
	 473: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 474: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 475: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_17>
	 476: JGTReg dst: r1 off: -1 src: r2 <ct_swap_18>
	 477: StMemB dst: rfp src: r0 off: -203 imm: 0
	 478: Ja off: -1 <ct_ordered_17>
ct_swap_18:
	 479: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 480: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 481: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 482: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 483: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 484: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 485: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 486: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 487: StMemH dst: rfp src: r0 off: -202 imm: 0
	 488: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_17:
	 489: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 491: MovReg dst: r2 src: rfp
	 492: AddImm dst: r2 imm: -216
	 493: MovReg dst: r3 src: rfp
	 494: AddImm dst: r3 imm: -172
	 495: MovImm dst: r4 imm: 0
	 496: Call FnMapUpdateElem
ct_norecord_16:
	 497: MovImm dst: r0 imm: 0
	 498: Exit
malformed:
	    ; truncated or malformed header: drop
	 499: StMemW dst: rfp src: r0 off: -140 imm: 2
	 500: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 502: MovReg dst: r2 src: rfp
	 503: AddImm dst: r2 imm: -140
	 504: Call FnMapLookupElem
	 505: JEqImm dst: r0 off: -1 imm: 0 <count_done_19>
	 506: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 507: AddImm dst: r1 imm: 1
	 508: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 509: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 510: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 511: AddReg dst: r2 src: r1
	 512: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_19:
	 513: MovImm dst: r0 imm: 2
	 514: Exit
family:
	    ; IP family without addresses in this cluster: drop (enforced)
	 515: StMemW dst: rfp src: r0 off: -140 imm: 5
	 516: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 518: MovReg dst: r2 src: rfp
	 519: AddImm dst: r2 imm: -140
	 520: Call FnMapLookupElem
	 521: JEqImm dst: r0 off: -1 imm: 0 <count_done_20>
	 522: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 523: AddImm dst: r1 imm: 1
	 524: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 525: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 526: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 527: AddReg dst: r2 src: r1
	 528: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_20:
	 529: MovImm dst: r0 imm: 2
	 530: Exit

== subject-300 policy_egress (section tcx/ingress, enforced=true, 257 instructions)
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
	 69: StXMemW dst: rfp src: r1 off: -208 imm: 0
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
	 82: StXMemH dst: rfp src: r1 off: -208 imm: 0
	 83: Ja off: -1 <l4done_4>
echorep_4:
	 84: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	 85: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 86: Ja off: -1 <l4done_4>
l4done_4:
	 87: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 88: StMemB dst: rfp src: r0 off: -203 imm: 1
	 89: StMemH dst: rfp src: r0 off: -202 imm: 0
	 90: StMemW dst: rfp src: r0 off: -200 imm: 300
	 91: StMemB dst: rfp src: r0 off: -136 imm: 4
	   ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 92: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 93: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 94: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 95: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 96: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 97: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 98: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 99: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	100: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	101: StMemB dst: rfp src: r0 off: -203 imm: 0
	102: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	103: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	104: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	105: StXMemW dst: rfp src: r2 off: -216 imm: 0
	106: StXMemW dst: rfp src: r1 off: -212 imm: 0
	107: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	108: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	109: StXMemH dst: rfp src: r2 off: -208 imm: 0
	110: StXMemH dst: rfp src: r1 off: -206 imm: 0
	111: StMemH dst: rfp src: r0 off: -202 imm: 0
	112: StMemB dst: rfp src: r0 off: -203 imm: 0
	113: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	115: MovReg dst: r2 src: rfp
	116: AddImm dst: r2 imm: -216
	117: Call FnMapLookupElem
	118: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	119: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	120: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	121: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	122: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	123: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	124: StXMemW dst: rfp src: r2 off: -216 imm: 0
	125: StXMemW dst: rfp src: r1 off: -212 imm: 0
	126: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	127: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	128: StXMemH dst: rfp src: r2 off: -208 imm: 0
	129: StXMemH dst: rfp src: r1 off: -206 imm: 0
	130: StMemH dst: rfp src: r0 off: -202 imm: 0
	131: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	132: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	134: MovReg dst: r2 src: rfp
	135: AddImm dst: r2 imm: -216
	136: Call FnMapLookupElem
	137: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	138: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	139: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	140: Ja off: -1 <ct_reply>
ct_miss_3:
	141: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_skip_2:
	142: StMemW dst: rfp src: r0 off: -144 imm: 0
	143: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	144: StMemW dst: rfp src: r0 off: -140 imm: 3
	145: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	147: MovReg dst: r2 src: rfp
	148: AddImm dst: r2 imm: -140
	149: Call FnMapLookupElem
	150: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	151: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	152: AddImm dst: r1 imm: 1
	153: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	154: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	155: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	156: AddReg dst: r2 src: r1
	157: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	158: MovImm dst: r0 imm: 0
	159: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	160: StMemW dst: rfp src: r0 off: -140 imm: 4
	161: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	163: MovReg dst: r2 src: rfp
	164: AddImm dst: r2 imm: -140
	165: Call FnMapLookupElem
	166: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	167: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	168: AddImm dst: r1 imm: 1
	169: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	170: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	171: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	172: AddReg dst: r2 src: r1
	173: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	174: MovImm dst: r0 imm: 0
	175: Exit
default:
	   ; no entry matches: deny (enforced=true)
	176: MovImm dst: r8 imm: 0
	177: Ja off: -1 <verdict_deny>
verdict_deny:
	   ; verdict deny: count, emit an event, drop (never recorded)
	178: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	179: XorReg dst: r8 src: r1
	180: XorReg dst: r8 src: r1
	181: StXMemW dst: rfp src: r8 off: -140 imm: 0
	182: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	184: MovReg dst: r2 src: rfp
	185: AddImm dst: r2 imm: -140
	186: Call FnMapLookupElem
	187: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	188: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	189: AddImm dst: r1 imm: 1
	190: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	191: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	192: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	193: AddReg dst: r2 src: r1
	194: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	195: StMemW dst: rfp src: r0 off: -64 imm: 300
	196: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	197: StXMemW dst: rfp src: r1 off: -60 imm: 0
	198: StXMemW dst: rfp src: r8 off: -56 imm: 0
	199: StMemW dst: rfp src: r0 off: -44 imm: 0
	200: StMemW dst: rfp src: r0 off: -40 imm: 0
	201: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	202: StXMemW dst: rfp src: r1 off: -52 imm: 0
	203: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	204: OrImm dst: r1 imm: 67174400
	205: StXMemW dst: rfp src: r1 off: -48 imm: 0
	206: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	207: StXMemW dst: rfp src: r1 off: -36 imm: 0
	208: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	209: StXMemW dst: rfp src: r1 off: -20 imm: 0
	210: StMemW dst: rfp src: r0 off: -32 imm: 0
	211: StMemW dst: rfp src: r0 off: -16 imm: 0
	212: StMemW dst: rfp src: r0 off: -28 imm: 0
	213: StMemW dst: rfp src: r0 off: -12 imm: 0
	214: StMemW dst: rfp src: r0 off: -24 imm: 0
	215: StMemW dst: rfp src: r0 off: -8 imm: 0
	216: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	218: MovReg dst: r2 src: rfp
	219: AddImm dst: r2 imm: -64
	220: MovImm dst: r3 imm: 60
	221: MovImm dst: r4 imm: 0
	222: Call FnRingbufOutput
	223: MovImm dst: r0 imm: 2
	224: Exit
malformed:
	   ; truncated or malformed header: drop
	225: StMemW dst: rfp src: r0 off: -140 imm: 2
	226: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	228: MovReg dst: r2 src: rfp
	229: AddImm dst: r2 imm: -140
	230: Call FnMapLookupElem
	231: JEqImm dst: r0 off: -1 imm: 0 <count_done_10>
	232: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	233: AddImm dst: r1 imm: 1
	234: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	235: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	236: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	237: AddReg dst: r2 src: r1
	238: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_10:
	239: MovImm dst: r0 imm: 2
	240: Exit
family:
	   ; IP family without addresses in this cluster: drop (enforced)
	241: StMemW dst: rfp src: r0 off: -140 imm: 5
	242: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	244: MovReg dst: r2 src: rfp
	245: AddImm dst: r2 imm: -140
	246: Call FnMapLookupElem
	247: JEqImm dst: r0 off: -1 imm: 0 <count_done_11>
	248: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	249: AddImm dst: r1 imm: 1
	250: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	251: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	252: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	253: AddReg dst: r2 src: r1
	254: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_11:
	255: MovImm dst: r0 imm: 2
	256: Exit

