== subject-300 policy_ingress (section tcx/egress, enforced=true, 521 instructions)
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
	  95: StMemW dst: rfp src: r0 off: -200 imm: 300
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
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 147: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 149: MovReg dst: r2 src: rfp
	 150: AddImm dst: r2 imm: -216
	 151: Call FnMapLookupElem
	 152: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 153: StMemW dst: rfp src: r0 off: -144 imm: 2
	 154: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 155: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	 156: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	 157: LShImm dst: r1 imm: 16
	 158: OrImm dst: r1 imm: 512
	 159: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
	 160: StMemW dst: rfp src: r0 off: -140 imm: 3
	 161: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 163: MovReg dst: r2 src: rfp
	 164: AddImm dst: r2 imm: -140
	 165: Call FnMapLookupElem
	 166: JEqImm dst: r0 off: -1 imm: 0 <count_done_7>
	 167: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 168: AddImm dst: r1 imm: 1
	 169: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 170: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 171: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 172: AddReg dst: r2 src: r1
	 173: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_7:
	 174: MovImm dst: r0 imm: 0
	 175: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 176: StMemW dst: rfp src: r0 off: -140 imm: 4
	 177: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 179: MovReg dst: r2 src: rfp
	 180: AddImm dst: r2 imm: -140
	 181: Call FnMapLookupElem
	 182: JEqImm dst: r0 off: -1 imm: 0 <count_done_8>
	 183: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 184: AddImm dst: r1 imm: 1
	 185: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 186: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 187: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 188: AddReg dst: r2 src: r1
	 189: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_8:
	 190: MovImm dst: r0 imm: 0
	 191: Exit
have_identity:
	 192: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 193: StXMemW dst: rfp src: r1 off: -144 imm: 0
	    ; ipcache hit: identity and the membership words the decision reads, from its value
	 194: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 195: StXMemW dst: rfp src: r1 off: -128 imm: 0
	 196: Ja off: -1 <words_ready>
membership:
	    ; selector membership of the world identity
	 197: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 199: MovReg dst: r2 src: rfp
	 200: AddImm dst: r2 imm: -144
	 201: Call FnMapLookupElem
	 202: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 203: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 204: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	 205: MovReg dst: r9 src: rfp
	 206: AddImm dst: r9 imm: -128
	 207: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 208: StMemW dst: rfp src: r0 off: -140 imm: 6
	 209: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 211: MovReg dst: r2 src: rfp
	 212: AddImm dst: r2 imm: -140
	 213: Call FnMapLookupElem
	 214: JEqImm dst: r0 off: -1 imm: 0 <count_done_9>
	 215: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 216: AddImm dst: r1 imm: 1
	 217: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 218: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 219: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 220: AddReg dst: r2 src: r1
	 221: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_9:
	 222: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 223: MovReg dst: r1 src: r7
	 224: AndImm dst: r1 imm: 511
	 225: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 226: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 5 intervals
	 227: JGEImm dst: r8 off: -1 imm: 81 <ge_10>
	 228: JGEImm dst: r8 off: -1 imm: 80 <ge_11>
	 229: Ja off: -1 <class_0>
ge_11:
	 230: Ja off: -1 <class_1>
ge_10:
	 231: JGEImm dst: r8 off: -1 imm: 8080 <ge_12>
	 232: Ja off: -1 <class_0>
ge_12:
	 233: JGEImm dst: r8 off: -1 imm: 8081 <ge_13>
	 234: Ja off: -1 <class_2>
ge_13:
	 235: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order [2]
	 236: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 237: JSet32Imm dst: r1 off: -1 imm: 2 <c0_entry2_14>
	 238: Ja off: -1 <default>
c0_entry2_14:
	    ; entry 2 deny peer={k8s.app=b} proto=0 ports=0-65535: default/tiny tiny.yaml:7:5
	 239: MovImm dst: r8 imm: 2
	 240: Ja off: -1 <verdict_deny>
class_1:
	    ; class 1: candidates in precedence order [2 1]
	 241: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 242: JSet32Imm dst: r1 off: -1 imm: 2 <c1_entry2_15>
	 243: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry1_16>
	 244: Ja off: -1 <default>
c1_entry2_15:
	    ; entry 2 deny peer={k8s.app=b} proto=0 ports=0-65535: default/tiny tiny.yaml:7:5
	 245: MovImm dst: r8 imm: 2
	 246: Ja off: -1 <verdict_deny>
c1_entry1_16:
	    ; entry 1 allow peer={k8s.app=a} proto=6 ports=80-80: default/tiny tiny.yaml:7:5
	 247: MovImm dst: r8 imm: 1
	 248: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [2 3]
	 249: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 250: JSet32Imm dst: r1 off: -1 imm: 2 <c2_entry2_17>
	 251: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry3_18>
	 252: Ja off: -1 <default>
c2_entry2_17:
	    ; entry 2 deny peer={k8s.app=b} proto=0 ports=0-65535: default/tiny tiny.yaml:7:5
	 253: MovImm dst: r8 imm: 2
	 254: Ja off: -1 <verdict_deny>
c2_entry3_18:
	    ; entry 3 redirect peer={k8s.app=c} proto=6 ports=8080-8080: default/tiny tiny.yaml:7:5
	 255: MovImm dst: r8 imm: 3
	 256: MovImm dst: r9 imm: 39226
	 257: Ja off: -1 <verdict_redirect>
default:
	    ; no entry matches: deny (enforced=true)
	 258: MovImm dst: r8 imm: 0
	 259: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 260: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 261: XorReg dst: r8 src: r1
	 262: XorReg dst: r8 src: r1
	 263: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 264: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 266: MovReg dst: r2 src: rfp
	 267: AddImm dst: r2 imm: -140
	 268: Call FnMapLookupElem
	 269: JEqImm dst: r0 off: -1 imm: 0 <count_done_19>
	 270: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 271: AddImm dst: r1 imm: 1
	 272: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 273: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 274: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 275: AddReg dst: r2 src: r1
	 276: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_19:
	 277: StMemW dst: rfp src: r0 off: -60 imm: 300
	 278: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 279: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 280: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 281: StMemW dst: rfp src: r0 off: -44 imm: 0
	 282: StMemW dst: rfp src: r0 off: -40 imm: 0
	 283: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 284: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 285: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 286: OrImm dst: r1 imm: 67108864
	 287: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 288: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 289: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 290: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 291: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 292: StMemW dst: rfp src: r0 off: -32 imm: 0
	 293: StMemW dst: rfp src: r0 off: -16 imm: 0
	 294: StMemW dst: rfp src: r0 off: -28 imm: 0
	 295: StMemW dst: rfp src: r0 off: -12 imm: 0
	 296: StMemW dst: rfp src: r0 off: -24 imm: 0
	 297: StMemW dst: rfp src: r0 off: -8 imm: 0
	 298: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 300: MovReg dst: r2 src: rfp
	 301: AddImm dst: r2 imm: -64
	 302: MovImm dst: r3 imm: 60
	 303: MovImm dst: r4 imm: 0
	 304: Call FnRingbufOutput
	 305: MovImm dst: r0 imm: 2
	 306: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 307: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 308: XorReg dst: r8 src: r1
	 309: XorReg dst: r8 src: r1
	 310: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 311: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 313: MovReg dst: r2 src: rfp
	 314: AddImm dst: r2 imm: -140
	 315: Call FnMapLookupElem
	 316: JEqImm dst: r0 off: -1 imm: 0 <count_done_20>
	 317: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 318: AddImm dst: r1 imm: 1
	 319: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 320: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 321: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 322: AddReg dst: r2 src: r1
	 323: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_20:
	 324: StMemW dst: rfp src: r0 off: -60 imm: 300
	 325: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 326: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 327: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 328: StMemW dst: rfp src: r0 off: -44 imm: 0
	 329: StMemW dst: rfp src: r0 off: -40 imm: 0
	 330: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 331: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 332: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 333: OrImm dst: r1 imm: 67109120
	 334: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 335: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 336: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 337: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 338: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 339: StMemW dst: rfp src: r0 off: -32 imm: 0
	 340: StMemW dst: rfp src: r0 off: -16 imm: 0
	 341: StMemW dst: rfp src: r0 off: -28 imm: 0
	 342: StMemW dst: rfp src: r0 off: -12 imm: 0
	 343: StMemW dst: rfp src: r0 off: -24 imm: 0
	 344: StMemW dst: rfp src: r0 off: -8 imm: 0
	 345: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 347: MovReg dst: r2 src: rfp
	 348: AddImm dst: r2 imm: -64
	 349: MovImm dst: r3 imm: 60
	 350: MovImm dst: r4 imm: 0
	 351: Call FnRingbufOutput
	 352: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_21>
	 353: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 354: StMemH dst: rfp src: r0 off: -168 imm: 0
	 355: StMemB dst: rfp src: r0 off: -166 imm: 1
	 356: StMemB dst: rfp src: r0 off: -165 imm: 0
	 357: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 358: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 359: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_22>
	 360: JGTReg dst: r1 off: -1 src: r2 <ct_swap_23>
	 361: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 362: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 363: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_22>
	 364: JGTReg dst: r1 off: -1 src: r2 <ct_swap_23>
	 365: StMemB dst: rfp src: r0 off: -203 imm: 0
	 366: Ja off: -1 <ct_ordered_22>
ct_swap_23:
	 367: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 368: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 369: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 370: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 371: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 372: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 373: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 374: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 375: StMemH dst: rfp src: r0 off: -202 imm: 0
	 376: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_22:
	 377: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 379: MovReg dst: r2 src: rfp
	 380: AddImm dst: r2 imm: -216
	 381: MovReg dst: r3 src: rfp
	 382: AddImm dst: r3 imm: -172
	 383: MovImm dst: r4 imm: 0
	 384: Call FnMapUpdateElem
ct_norecord_21:
	 385: MovImm dst: r0 imm: 0
	 386: Exit
verdict_redirect:
	    ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	 387: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 388: XorReg dst: r8 src: r1
	 389: XorReg dst: r8 src: r1
	 390: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 391: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 393: MovReg dst: r2 src: rfp
	 394: AddImm dst: r2 imm: -140
	 395: Call FnMapLookupElem
	 396: JEqImm dst: r0 off: -1 imm: 0 <count_done_24>
	 397: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 398: AddImm dst: r1 imm: 1
	 399: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 400: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 401: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 402: AddReg dst: r2 src: r1
	 403: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_24:
	 404: MovReg dst: r1 src: r9
	 405: LShImm dst: r1 imm: 16
	 406: OrImm dst: r1 imm: 512
	 407: StXMemW dst: r6 src: r1 off: 8 imm: 0
	 408: StMemW dst: rfp src: r0 off: -60 imm: 300
	 409: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 410: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 411: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 412: StMemW dst: rfp src: r0 off: -44 imm: 0
	 413: MovReg dst: r1 src: r9
	 414: AndImm dst: r1 imm: 65535
	 415: StXMemW dst: rfp src: r1 off: -40 imm: 0
	 416: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 417: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 418: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 419: OrImm dst: r1 imm: 67109376
	 420: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 421: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 422: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 423: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 424: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 425: StMemW dst: rfp src: r0 off: -32 imm: 0
	 426: StMemW dst: rfp src: r0 off: -16 imm: 0
	 427: StMemW dst: rfp src: r0 off: -28 imm: 0
	 428: StMemW dst: rfp src: r0 off: -12 imm: 0
	 429: StMemW dst: rfp src: r0 off: -24 imm: 0
	 430: StMemW dst: rfp src: r0 off: -8 imm: 0
	 431: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 433: MovReg dst: r2 src: rfp
	 434: AddImm dst: r2 imm: -64
	 435: MovImm dst: r3 imm: 60
	 436: MovImm dst: r4 imm: 0
	 437: Call FnRingbufOutput
	 438: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_25>
	 439: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 440: StXMemH dst: rfp src: r9 off: -168 imm: 0
	 441: StMemB dst: rfp src: r0 off: -166 imm: 2
	 442: StMemB dst: rfp src: r0 off: -165 imm: 0
	 443: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 444: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 445: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_26>
	 446: JGTReg dst: r1 off: -1 src: r2 <ct_swap_27>
	 447: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 448: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 449: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_26>
	 450: JGTReg dst: r1 off: -1 src: r2 <ct_swap_27>
	 451: StMemB dst: rfp src: r0 off: -203 imm: 0
	 452: Ja off: -1 <ct_ordered_26>
ct_swap_27:
	 453: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 454: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 455: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 456: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 457: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 458: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 459: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 460: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 461: StMemH dst: rfp src: r0 off: -202 imm: 0
	 462: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_26:
	 463: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 465: MovReg dst: r2 src: rfp
	 466: AddImm dst: r2 imm: -216
	 467: MovReg dst: r3 src: rfp
	 468: AddImm dst: r3 imm: -172
	 469: MovImm dst: r4 imm: 0
	 470: Call FnMapUpdateElem
ct_norecord_25:
	 471: MovImm dst: r0 imm: 0
	 472: Exit
fragneeded:
	    ; ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed
	 473: StMemW dst: rfp src: r0 off: -140 imm: 9
	 474: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 476: MovReg dst: r2 src: rfp
	 477: AddImm dst: r2 imm: -140
	 478: Call FnMapLookupElem
	 479: JEqImm dst: r0 off: -1 imm: 0 <count_done_28>
	 480: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 481: AddImm dst: r1 imm: 1
	 482: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 483: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 484: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 485: AddReg dst: r2 src: r1
	 486: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_28:
	 487: MovImm dst: r0 imm: 0
	 488: Exit
malformed:
	    ; truncated or malformed header: drop
	 489: StMemW dst: rfp src: r0 off: -140 imm: 2
	 490: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 492: MovReg dst: r2 src: rfp
	 493: AddImm dst: r2 imm: -140
	 494: Call FnMapLookupElem
	 495: JEqImm dst: r0 off: -1 imm: 0 <count_done_29>
	 496: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 497: AddImm dst: r1 imm: 1
	 498: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 499: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 500: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 501: AddReg dst: r2 src: r1
	 502: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_29:
	 503: MovImm dst: r0 imm: 2
	 504: Exit
family:
	    ; IP family without addresses in this cluster: drop (enforced)
	 505: StMemW dst: rfp src: r0 off: -140 imm: 5
	 506: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 508: MovReg dst: r2 src: rfp
	 509: AddImm dst: r2 imm: -140
	 510: Call FnMapLookupElem
	 511: JEqImm dst: r0 off: -1 imm: 0 <count_done_30>
	 512: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 513: AddImm dst: r1 imm: 1
	 514: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 515: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 516: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 517: AddReg dst: r2 src: r1
	 518: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_30:
	 519: MovImm dst: r0 imm: 2
	 520: Exit

== subject-300 policy_egress (section tcx/ingress, enforced=false, 311 instructions)
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
	 95: StMemW dst: rfp src: r0 off: -200 imm: 300
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
	200: StMemW dst: rfp src: r0 off: -64 imm: 300
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

