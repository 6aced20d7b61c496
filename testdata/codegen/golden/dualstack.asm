== subject-256 policy_ingress (section tcx/egress, enforced=true, 953 instructions)
	    ; ingress policy of identity 256 (enforced=true): make the headers linear
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
	  24: JEqImm dst: r5 off: -1 imm: 56710 <ipv6>
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
	  69: JEqImm dst: r5 off: -1 imm: 132 <sctp_4>
	  70: JEqImm dst: r5 off: -1 imm: 1 <icmp_4>
	  71: Ja off: -1 <l4done_4>
tcp_4:
	  72: MovReg dst: r0 src: r4
	  73: AddImm dst: r0 imm: 20
	  74: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  75: Ja off: -1 <ports_4>
udp_4:
	  76: MovReg dst: r0 src: r4
	  77: AddImm dst: r0 imm: 8
	  78: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  79: Ja off: -1 <ports_4>
sctp_4:
	  80: MovReg dst: r0 src: r4
	  81: AddImm dst: r0 imm: 12
	  82: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  83: Ja off: -1 <ports_4>
ports_4:
	  84: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  85: StXMemW dst: rfp src: r1 off: -208 imm: 0
	  86: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  87: SwapBE dst: r8 
	  88: Ja off: -1 <l4done_4>
icmp_4:
	    ; ICMP type (echo tracked by identifier)
	  89: MovReg dst: r0 src: r4
	  90: AddImm dst: r0 imm: 8
	  91: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  92: LdXMemB dst: r8 src: r4 off: 0 imm: 0
	  93: JEqImm dst: r8 off: -1 imm: 8 <echoreq_4>
	  94: JEqImm dst: r8 off: -1 imm: 0 <echorep_4>
	  95: OrImm dst: r7 imm: 512
	  96: Ja off: -1 <l4done_4>
echoreq_4:
	  97: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	  98: StXMemH dst: rfp src: r1 off: -208 imm: 0
	  99: Ja off: -1 <l4done_4>
echorep_4:
	 100: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	 101: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 102: Ja off: -1 <l4done_4>
l4done_4:
	 103: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 104: StMemB dst: rfp src: r0 off: -203 imm: 0
	 105: StMemH dst: rfp src: r0 off: -202 imm: 0
	 106: StMemW dst: rfp src: r0 off: -200 imm: 256
	 107: StMemB dst: rfp src: r0 off: -136 imm: 4
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 108: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 109: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 110: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 111: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 112: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 113: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 114: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 115: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 116: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 117: StMemB dst: rfp src: r0 off: -203 imm: 0
	 118: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	 119: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 120: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 121: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 122: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 123: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 124: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 125: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 126: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 127: StMemH dst: rfp src: r0 off: -202 imm: 0
	 128: StMemB dst: rfp src: r0 off: -203 imm: 1
	 129: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 131: MovReg dst: r2 src: rfp
	 132: AddImm dst: r2 imm: -216
	 133: Call FnMapLookupElem
	 134: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	 135: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 136: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 137: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	 138: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 139: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 140: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 141: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 142: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 143: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 144: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 145: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 146: StMemH dst: rfp src: r0 off: -202 imm: 0
	 147: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	 148: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 150: MovReg dst: r2 src: rfp
	 151: AddImm dst: r2 imm: -216
	 152: Call FnMapLookupElem
	 153: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 154: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 155: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 156: Ja off: -1 <ct_reply>
ct_miss_3:
	 157: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_skip_2:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 158: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 160: MovReg dst: r2 src: rfp
	 161: AddImm dst: r2 imm: -216
	 162: Call FnMapLookupElem
	 163: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 164: StMemW dst: rfp src: r0 off: -164 imm: 32
	 165: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 166: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 167: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 169: MovReg dst: r2 src: rfp
	 170: AddImm dst: r2 imm: -164
	 171: Call FnMapLookupElem
	 172: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 173: StMemW dst: rfp src: r0 off: -144 imm: 9
	 174: Ja off: -1 <membership>
ipv6:
	    ; IPv6 header
	 175: MovReg dst: r0 src: r4
	 176: AddImm dst: r0 imm: 40
	 177: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 178: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 179: AndImm dst: r1 imm: 240
	 180: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 181: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 182: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 183: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 184: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 185: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 186: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 187: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 188: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 189: MovImm dst: r7 imm: 0
	 190: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 191: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 192: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 193: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 194: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 195: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 196: Ja off: -1 <l4_6>
v6_opt_7:
	 197: MovReg dst: r0 src: r4
	 198: AddImm dst: r0 imm: 8
	 199: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 200: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 201: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 202: AddImm dst: r1 imm: 1
	 203: LShImm dst: r1 imm: 3
	 204: AddReg dst: r4 src: r1
	 205: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 206: MovReg dst: r0 src: r4
	 207: AddImm dst: r0 imm: 8
	 208: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 209: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 210: SwapBE dst: r1 
	 211: AndImm dst: r1 imm: 65528
	 212: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 213: OrImm dst: r7 imm: 768
	 214: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 215: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 216: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 217: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 218: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 219: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 220: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 221: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 222: Ja off: -1 <l4_6>
v6_opt_11:
	 223: MovReg dst: r0 src: r4
	 224: AddImm dst: r0 imm: 8
	 225: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 226: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 227: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 228: AddImm dst: r1 imm: 1
	 229: LShImm dst: r1 imm: 3
	 230: AddReg dst: r4 src: r1
	 231: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 232: MovReg dst: r0 src: r4
	 233: AddImm dst: r0 imm: 8
	 234: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 235: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 236: SwapBE dst: r1 
	 237: AndImm dst: r1 imm: 65528
	 238: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 239: OrImm dst: r7 imm: 768
	 240: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 241: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 242: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 243: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 244: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 245: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 246: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 247: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 248: Ja off: -1 <l4_6>
v6_opt_15:
	 249: MovReg dst: r0 src: r4
	 250: AddImm dst: r0 imm: 8
	 251: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 252: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 253: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 254: AddImm dst: r1 imm: 1
	 255: LShImm dst: r1 imm: 3
	 256: AddReg dst: r4 src: r1
	 257: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 258: MovReg dst: r0 src: r4
	 259: AddImm dst: r0 imm: 8
	 260: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 261: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 262: SwapBE dst: r1 
	 263: AndImm dst: r1 imm: 65528
	 264: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 265: OrImm dst: r7 imm: 768
	 266: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 267: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 268: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 269: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 270: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 271: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 272: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 273: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 274: Ja off: -1 <l4_6>
v6_opt_19:
	 275: MovReg dst: r0 src: r4
	 276: AddImm dst: r0 imm: 8
	 277: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 278: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 279: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 280: AddImm dst: r1 imm: 1
	 281: LShImm dst: r1 imm: 3
	 282: AddReg dst: r4 src: r1
	 283: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 284: MovReg dst: r0 src: r4
	 285: AddImm dst: r0 imm: 8
	 286: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 287: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 288: SwapBE dst: r1 
	 289: AndImm dst: r1 imm: 65528
	 290: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 291: OrImm dst: r7 imm: 768
	 292: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 293: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 294: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 295: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 296: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 297: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 298: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 299: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 300: Ja off: -1 <l4_6>
v6_opt_23:
	 301: MovReg dst: r0 src: r4
	 302: AddImm dst: r0 imm: 8
	 303: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 304: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 305: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 306: AddImm dst: r1 imm: 1
	 307: LShImm dst: r1 imm: 3
	 308: AddReg dst: r4 src: r1
	 309: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 310: MovReg dst: r0 src: r4
	 311: AddImm dst: r0 imm: 8
	 312: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 313: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 314: SwapBE dst: r1 
	 315: AndImm dst: r1 imm: 65528
	 316: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 317: OrImm dst: r7 imm: 768
	 318: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 319: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 320: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 321: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 322: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 323: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 324: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 325: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 326: Ja off: -1 <l4_6>
v6_opt_27:
	 327: MovReg dst: r0 src: r4
	 328: AddImm dst: r0 imm: 8
	 329: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 330: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 331: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 332: AddImm dst: r1 imm: 1
	 333: LShImm dst: r1 imm: 3
	 334: AddReg dst: r4 src: r1
	 335: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 336: MovReg dst: r0 src: r4
	 337: AddImm dst: r0 imm: 8
	 338: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 339: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 340: SwapBE dst: r1 
	 341: AndImm dst: r1 imm: 65528
	 342: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 343: OrImm dst: r7 imm: 768
	 344: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 345: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 346: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 347: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 348: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 349: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 350: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 351: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 352: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 353: OrReg dst: r7 src: r5
	 354: MovImm dst: r8 imm: 0
	 355: StMemW dst: rfp src: r0 off: -184 imm: 0
	 356: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 357: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 358: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 359: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 360: Ja off: -1 <l4done_6>
tcp_6:
	 361: MovReg dst: r0 src: r4
	 362: AddImm dst: r0 imm: 20
	 363: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 364: Ja off: -1 <ports_6>
udp_6:
	 365: MovReg dst: r0 src: r4
	 366: AddImm dst: r0 imm: 8
	 367: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 368: Ja off: -1 <ports_6>
sctp_6:
	 369: MovReg dst: r0 src: r4
	 370: AddImm dst: r0 imm: 12
	 371: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 372: Ja off: -1 <ports_6>
ports_6:
	 373: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 374: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 375: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 376: SwapBE dst: r8 
	 377: Ja off: -1 <l4done_6>
l4done_6:
	 378: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 379: StMemB dst: rfp src: r0 off: -179 imm: 0
	 380: StMemH dst: rfp src: r0 off: -178 imm: 0
	 381: StMemW dst: rfp src: r0 off: -176 imm: 256
	 382: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 383: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 384: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 385: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 386: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 387: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 388: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 389: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 390: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 391: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 392: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 393: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 394: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 395: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 396: StMemB dst: rfp src: r0 off: -179 imm: 0
	 397: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 398: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 399: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 400: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 401: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 402: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 403: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 404: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 405: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 406: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 407: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 408: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 409: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 410: StMemH dst: rfp src: r0 off: -178 imm: 0
	 411: StMemB dst: rfp src: r0 off: -179 imm: 1
	 412: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 414: MovReg dst: r2 src: rfp
	 415: AddImm dst: r2 imm: -216
	 416: Call FnMapLookupElem
	 417: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 418: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 419: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 420: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 421: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 422: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 423: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 424: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 425: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 426: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 427: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 428: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 429: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 430: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 431: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 432: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 433: StMemH dst: rfp src: r0 off: -178 imm: 0
	 434: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 435: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 437: MovReg dst: r2 src: rfp
	 438: AddImm dst: r2 imm: -216
	 439: Call FnMapLookupElem
	 440: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 441: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 442: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 443: Ja off: -1 <ct_reply>
ct_miss_35:
	 444: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_skip_34:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 445: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 447: MovReg dst: r2 src: rfp
	 448: AddImm dst: r2 imm: -216
	 449: Call FnMapLookupElem
	 450: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 451: StMemW dst: rfp src: r0 off: -164 imm: 128
	 452: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 453: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 454: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 455: StXMemW dst: rfp src: r1 off: -156 imm: 0
	 456: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 457: StXMemW dst: rfp src: r1 off: -152 imm: 0
	 458: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 459: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 460: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 462: MovReg dst: r2 src: rfp
	 463: AddImm dst: r2 imm: -164
	 464: Call FnMapLookupElem
	 465: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 466: StMemW dst: rfp src: r0 off: -144 imm: 10
	 467: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 468: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	 469: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	 470: LShImm dst: r1 imm: 16
	 471: OrImm dst: r1 imm: 512
	 472: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
	 473: StMemW dst: rfp src: r0 off: -140 imm: 3
	 474: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 476: MovReg dst: r2 src: rfp
	 477: AddImm dst: r2 imm: -140
	 478: Call FnMapLookupElem
	 479: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 480: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 481: AddImm dst: r1 imm: 1
	 482: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 483: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 484: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 485: AddReg dst: r2 src: r1
	 486: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 487: MovImm dst: r0 imm: 0
	 488: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 489: StMemW dst: rfp src: r0 off: -140 imm: 4
	 490: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 492: MovReg dst: r2 src: rfp
	 493: AddImm dst: r2 imm: -140
	 494: Call FnMapLookupElem
	 495: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 496: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 497: AddImm dst: r1 imm: 1
	 498: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 499: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 500: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 501: AddReg dst: r2 src: r1
	 502: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 503: MovImm dst: r0 imm: 0
	 504: Exit
have_identity:
	 505: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 506: StXMemW dst: rfp src: r1 off: -144 imm: 0
	    ; ipcache hit: identity and the membership words the decision reads, from its value
	 507: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 508: StXMemW dst: rfp src: r1 off: -128 imm: 0
	 509: Ja off: -1 <words_ready>
membership:
	    ; selector membership of the world identity
	 510: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 512: MovReg dst: r2 src: rfp
	 513: AddImm dst: r2 imm: -144
	 514: Call FnMapLookupElem
	 515: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 516: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 517: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	 518: MovReg dst: r9 src: rfp
	 519: AddImm dst: r9 imm: -128
	 520: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 521: StMemW dst: rfp src: r0 off: -140 imm: 6
	 522: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 524: MovReg dst: r2 src: rfp
	 525: AddImm dst: r2 imm: -140
	 526: Call FnMapLookupElem
	 527: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 528: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 529: AddImm dst: r1 imm: 1
	 530: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 531: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 532: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 533: AddReg dst: r2 src: r1
	 534: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 535: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 536: MovReg dst: r1 src: r7
	 537: AndImm dst: r1 imm: 511
	 538: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 539: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 540: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 5 intervals
	 541: JGEImm dst: r8 off: -1 imm: 2 <ge_42>
	 542: JGEImm dst: r8 off: -1 imm: 1 <ge_43>
	 543: Ja off: -1 <class_0>
ge_43:
	 544: Ja off: -1 <class_1>
ge_42:
	 545: JGEImm dst: r8 off: -1 imm: 10000 <ge_44>
	 546: Ja off: -1 <class_0>
ge_44:
	 547: JGEImm dst: r8 off: -1 imm: 10001 <ge_45>
	 548: Ja off: -1 <class_2>
ge_45:
	 549: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 3 intervals
	 550: JGEImm dst: r8 off: -1 imm: 1 <ge_46>
	 551: Ja off: -1 <class_0>
ge_46:
	 552: JGEImm dst: r8 off: -1 imm: 1025 <ge_47>
	 553: Ja off: -1 <class_3>
ge_47:
	 554: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order []
	 555: Ja off: -1 <default>
class_1:
	    ; class 1: candidates in precedence order [4]
	 556: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 557: JSet32Imm dst: r1 off: -1 imm: 4 <c1_entry4_48>
	 558: Ja off: -1 <default>
c1_entry4_48:
	    ; entry 4 allow peer={reserved.host=} proto=6 ports=1-1: ns/random random.yaml:4:3
	 559: MovImm dst: r8 imm: 4
	 560: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [3]
	 561: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 562: JSet32Imm dst: r1 off: -1 imm: 1 <c2_entry3_49>
	 563: Ja off: -1 <default>
c2_entry3_49:
	    ; entry 3 allow peer={} proto=6 ports=10000-10000: ns/random random.yaml:3:3
	 564: MovImm dst: r8 imm: 3
	 565: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [1]
	 566: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 567: JSet32Imm dst: r1 off: -1 imm: 32 <c3_entry1_50>
	 568: Ja off: -1 <default>
c3_entry1_50:
	    ; entry 1 redirect peer={reserved.world=} proto=132 ports=1-1024: ns/random random.yaml:1:3
	 569: MovImm dst: r8 imm: 1
	 570: MovImm dst: r9 imm: 39738
	 571: Ja off: -1 <verdict_redirect>
default:
	    ; no entry matches: deny (enforced=true)
	 572: MovImm dst: r8 imm: 0
	 573: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 574: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 575: XorReg dst: r8 src: r1
	 576: XorReg dst: r8 src: r1
	 577: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 578: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 580: MovReg dst: r2 src: rfp
	 581: AddImm dst: r2 imm: -140
	 582: Call FnMapLookupElem
	 583: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 584: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 585: AddImm dst: r1 imm: 1
	 586: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 587: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 588: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 589: AddReg dst: r2 src: r1
	 590: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 591: StMemW dst: rfp src: r0 off: -60 imm: 256
	 592: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 593: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 594: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 595: StMemW dst: rfp src: r0 off: -44 imm: 0
	 596: StMemW dst: rfp src: r0 off: -40 imm: 0
	 597: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 598: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_52>
	 599: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 600: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 601: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 602: OrImm dst: r1 imm: 67108864
	 603: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 604: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 605: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 606: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 607: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 608: StMemW dst: rfp src: r0 off: -32 imm: 0
	 609: StMemW dst: rfp src: r0 off: -16 imm: 0
	 610: StMemW dst: rfp src: r0 off: -28 imm: 0
	 611: StMemW dst: rfp src: r0 off: -12 imm: 0
	 612: StMemW dst: rfp src: r0 off: -24 imm: 0
	 613: StMemW dst: rfp src: r0 off: -8 imm: 0
	 614: Ja off: -1 <fam_done_53>
fam_v6_52:
	 615: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 616: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 617: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 618: OrImm dst: r1 imm: 100663296
	 619: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 620: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 621: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 622: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 623: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 624: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 625: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 626: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 627: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 628: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 629: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 630: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 631: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 632: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 633: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 634: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 635: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_53:
	 636: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 638: MovReg dst: r2 src: rfp
	 639: AddImm dst: r2 imm: -64
	 640: MovImm dst: r3 imm: 60
	 641: MovImm dst: r4 imm: 0
	 642: Call FnRingbufOutput
	 643: MovImm dst: r0 imm: 2
	 644: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 645: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 646: XorReg dst: r8 src: r1
	 647: XorReg dst: r8 src: r1
	 648: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 649: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 651: MovReg dst: r2 src: rfp
	 652: AddImm dst: r2 imm: -140
	 653: Call FnMapLookupElem
	 654: JEqImm dst: r0 off: -1 imm: 0 <count_done_54>
	 655: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 656: AddImm dst: r1 imm: 1
	 657: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 658: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 659: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 660: AddReg dst: r2 src: r1
	 661: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_54:
	 662: StMemW dst: rfp src: r0 off: -60 imm: 256
	 663: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 664: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 665: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 666: StMemW dst: rfp src: r0 off: -44 imm: 0
	 667: StMemW dst: rfp src: r0 off: -40 imm: 0
	 668: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 669: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_55>
	 670: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 671: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 672: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 673: OrImm dst: r1 imm: 67109120
	 674: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 675: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 676: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 677: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 678: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 679: StMemW dst: rfp src: r0 off: -32 imm: 0
	 680: StMemW dst: rfp src: r0 off: -16 imm: 0
	 681: StMemW dst: rfp src: r0 off: -28 imm: 0
	 682: StMemW dst: rfp src: r0 off: -12 imm: 0
	 683: StMemW dst: rfp src: r0 off: -24 imm: 0
	 684: StMemW dst: rfp src: r0 off: -8 imm: 0
	 685: Ja off: -1 <fam_done_56>
fam_v6_55:
	 686: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 687: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 688: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 689: OrImm dst: r1 imm: 100663552
	 690: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 691: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 692: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 693: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 694: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 695: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 696: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 697: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 698: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 699: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 700: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 701: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 702: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 703: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 704: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 705: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 706: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_56:
	 707: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 709: MovReg dst: r2 src: rfp
	 710: AddImm dst: r2 imm: -64
	 711: MovImm dst: r3 imm: 60
	 712: MovImm dst: r4 imm: 0
	 713: Call FnRingbufOutput
	 714: JSetImm dst: r7 off: -1 imm: 512 <fam_done_59>
	 715: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 716: StMemH dst: rfp src: r0 off: -168 imm: 0
	 717: StMemB dst: rfp src: r0 off: -166 imm: 1
	 718: StMemB dst: rfp src: r0 off: -165 imm: 0
	 719: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 720: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_58>
	 721: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 722: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 723: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_60>
	 724: JGTReg dst: r1 off: -1 src: r2 <ct_swap_61>
	 725: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 726: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 727: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_60>
	 728: JGTReg dst: r1 off: -1 src: r2 <ct_swap_61>
	 729: StMemB dst: rfp src: r0 off: -203 imm: 0
	 730: Ja off: -1 <ct_ordered_60>
ct_swap_61:
	 731: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 732: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 733: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 734: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 735: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 736: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 737: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 738: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 739: StMemH dst: rfp src: r0 off: -202 imm: 0
	 740: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_60:
	 741: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 743: MovReg dst: r2 src: rfp
	 744: AddImm dst: r2 imm: -216
	 745: MovReg dst: r3 src: rfp
	 746: AddImm dst: r3 imm: -172
	 747: MovImm dst: r4 imm: 0
	 748: Call FnMapUpdateElem
	 749: Ja off: -1 <fam_done_59>
fam_v6_58:
	 750: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 751: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 752: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 753: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 754: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 755: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 756: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 757: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 758: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 759: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 760: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 761: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 762: StMemB dst: rfp src: r0 off: -179 imm: 0
	 763: Ja off: -1 <ct_ordered_62>
ct_swap_63:
	 764: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 765: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 766: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 767: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 768: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 769: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 770: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 771: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 772: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 773: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 774: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 775: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 776: StMemH dst: rfp src: r0 off: -178 imm: 0
	 777: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_62:
	 778: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 780: MovReg dst: r2 src: rfp
	 781: AddImm dst: r2 imm: -216
	 782: MovReg dst: r3 src: rfp
	 783: AddImm dst: r3 imm: -172
	 784: MovImm dst: r4 imm: 0
	 785: Call FnMapUpdateElem
fam_done_59:
	 786: MovImm dst: r0 imm: 0
	 787: Exit
verdict_redirect:
	    ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	 788: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 789: XorReg dst: r8 src: r1
	 790: XorReg dst: r8 src: r1
	 791: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 792: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 794: MovReg dst: r2 src: rfp
	 795: AddImm dst: r2 imm: -140
	 796: Call FnMapLookupElem
	 797: JEqImm dst: r0 off: -1 imm: 0 <count_done_64>
	 798: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 799: AddImm dst: r1 imm: 1
	 800: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 801: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 802: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 803: AddReg dst: r2 src: r1
	 804: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_64:
	 805: MovReg dst: r1 src: r9
	 806: LShImm dst: r1 imm: 16
	 807: OrImm dst: r1 imm: 512
	 808: StXMemW dst: r6 src: r1 off: 8 imm: 0
	 809: StMemW dst: rfp src: r0 off: -60 imm: 256
	 810: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 811: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 812: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 813: StMemW dst: rfp src: r0 off: -44 imm: 0
	 814: MovReg dst: r1 src: r9
	 815: AndImm dst: r1 imm: 65535
	 816: StXMemW dst: rfp src: r1 off: -40 imm: 0
	 817: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 818: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_65>
	 819: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 820: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 821: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 822: OrImm dst: r1 imm: 67109376
	 823: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 824: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 825: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 826: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 827: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 828: StMemW dst: rfp src: r0 off: -32 imm: 0
	 829: StMemW dst: rfp src: r0 off: -16 imm: 0
	 830: StMemW dst: rfp src: r0 off: -28 imm: 0
	 831: StMemW dst: rfp src: r0 off: -12 imm: 0
	 832: StMemW dst: rfp src: r0 off: -24 imm: 0
	 833: StMemW dst: rfp src: r0 off: -8 imm: 0
	 834: Ja off: -1 <fam_done_66>
fam_v6_65:
	 835: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 836: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 837: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 838: OrImm dst: r1 imm: 100663808
	 839: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 840: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 841: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 842: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 843: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 844: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 845: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 846: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 847: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 848: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 849: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 850: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 851: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 852: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 853: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 854: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 855: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_66:
	 856: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 858: MovReg dst: r2 src: rfp
	 859: AddImm dst: r2 imm: -64
	 860: MovImm dst: r3 imm: 60
	 861: MovImm dst: r4 imm: 0
	 862: Call FnRingbufOutput
	 863: JSetImm dst: r7 off: -1 imm: 512 <fam_done_69>
	 864: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 865: StXMemH dst: rfp src: r9 off: -168 imm: 0
	 866: StMemB dst: rfp src: r0 off: -166 imm: 2
	 867: StMemB dst: rfp src: r0 off: -165 imm: 0
	 868: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 869: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_68>
	 870: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 871: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 872: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_70>
	 873: JGTReg dst: r1 off: -1 src: r2 <ct_swap_71>
	 874: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 875: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 876: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_70>
	 877: JGTReg dst: r1 off: -1 src: r2 <ct_swap_71>
	 878: StMemB dst: rfp src: r0 off: -203 imm: 0
	 879: Ja off: -1 <ct_ordered_70>
ct_swap_71:
	 880: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 881: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 882: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 883: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 884: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 885: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 886: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 887: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 888: StMemH dst: rfp src: r0 off: -202 imm: 0
	 889: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_70:
	 890: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 892: MovReg dst: r2 src: rfp
	 893: AddImm dst: r2 imm: -216
	 894: MovReg dst: r3 src: rfp
	 895: AddImm dst: r3 imm: -172
	 896: MovImm dst: r4 imm: 0
	 897: Call FnMapUpdateElem
	 898: Ja off: -1 <fam_done_69>
fam_v6_68:
	 899: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 900: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 901: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_72>
	 902: JGTReg dst: r1 off: -1 src: r2 <ct_swap_73>
	 903: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 904: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 905: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_72>
	 906: JGTReg dst: r1 off: -1 src: r2 <ct_swap_73>
	 907: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 908: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 909: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_72>
	 910: JGTReg dst: r1 off: -1 src: r2 <ct_swap_73>
	 911: StMemB dst: rfp src: r0 off: -179 imm: 0
	 912: Ja off: -1 <ct_ordered_72>
ct_swap_73:
	 913: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 914: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 915: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 916: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 917: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 918: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 919: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 920: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 921: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 922: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 923: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 924: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 925: StMemH dst: rfp src: r0 off: -178 imm: 0
	 926: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_72:
	 927: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 929: MovReg dst: r2 src: rfp
	 930: AddImm dst: r2 imm: -216
	 931: MovReg dst: r3 src: rfp
	 932: AddImm dst: r3 imm: -172
	 933: MovImm dst: r4 imm: 0
	 934: Call FnMapUpdateElem
fam_done_69:
	 935: MovImm dst: r0 imm: 0
	 936: Exit
malformed:
	    ; truncated or malformed header: drop
	 937: StMemW dst: rfp src: r0 off: -140 imm: 2
	 938: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 940: MovReg dst: r2 src: rfp
	 941: AddImm dst: r2 imm: -140
	 942: Call FnMapLookupElem
	 943: JEqImm dst: r0 off: -1 imm: 0 <count_done_74>
	 944: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 945: AddImm dst: r1 imm: 1
	 946: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 947: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 948: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 949: AddReg dst: r2 src: r1
	 950: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_74:
	 951: MovImm dst: r0 imm: 2
	 952: Exit

== subject-256 policy_egress (section tcx/ingress, enforced=true, 822 instructions)
	    ; egress policy of identity 256 (enforced=true): make the headers linear
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
	  24: JEqImm dst: r5 off: -1 imm: 56710 <ipv6>
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
	  69: JEqImm dst: r5 off: -1 imm: 132 <sctp_4>
	  70: JEqImm dst: r5 off: -1 imm: 1 <icmp_4>
	  71: Ja off: -1 <l4done_4>
tcp_4:
	  72: MovReg dst: r0 src: r4
	  73: AddImm dst: r0 imm: 20
	  74: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  75: Ja off: -1 <ports_4>
udp_4:
	  76: MovReg dst: r0 src: r4
	  77: AddImm dst: r0 imm: 8
	  78: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  79: Ja off: -1 <ports_4>
sctp_4:
	  80: MovReg dst: r0 src: r4
	  81: AddImm dst: r0 imm: 12
	  82: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  83: Ja off: -1 <ports_4>
ports_4:
	  84: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  85: StXMemW dst: rfp src: r1 off: -208 imm: 0
	  86: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  87: SwapBE dst: r8 
	  88: Ja off: -1 <l4done_4>
icmp_4:
	    ; ICMP type (echo tracked by identifier)
	  89: MovReg dst: r0 src: r4
	  90: AddImm dst: r0 imm: 8
	  91: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  92: LdXMemB dst: r8 src: r4 off: 0 imm: 0
	  93: JEqImm dst: r8 off: -1 imm: 8 <echoreq_4>
	  94: JEqImm dst: r8 off: -1 imm: 0 <echorep_4>
	  95: OrImm dst: r7 imm: 512
	  96: Ja off: -1 <l4done_4>
echoreq_4:
	  97: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	  98: StXMemH dst: rfp src: r1 off: -208 imm: 0
	  99: Ja off: -1 <l4done_4>
echorep_4:
	 100: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	 101: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 102: Ja off: -1 <l4done_4>
l4done_4:
	 103: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 104: StMemB dst: rfp src: r0 off: -203 imm: 1
	 105: StMemH dst: rfp src: r0 off: -202 imm: 0
	 106: StMemW dst: rfp src: r0 off: -200 imm: 256
	 107: StMemB dst: rfp src: r0 off: -136 imm: 4
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 108: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 109: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 110: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 111: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 112: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 113: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 114: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 115: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 116: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 117: StMemB dst: rfp src: r0 off: -203 imm: 0
	 118: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	 119: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 120: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 121: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 122: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 123: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 124: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 125: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 126: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 127: StMemH dst: rfp src: r0 off: -202 imm: 0
	 128: StMemB dst: rfp src: r0 off: -203 imm: 0
	 129: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 131: MovReg dst: r2 src: rfp
	 132: AddImm dst: r2 imm: -216
	 133: Call FnMapLookupElem
	 134: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	 135: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 136: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 137: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	 138: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 139: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 140: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 141: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 142: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 143: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 144: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 145: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 146: StMemH dst: rfp src: r0 off: -202 imm: 0
	 147: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	 148: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 150: MovReg dst: r2 src: rfp
	 151: AddImm dst: r2 imm: -216
	 152: Call FnMapLookupElem
	 153: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 154: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 155: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 156: Ja off: -1 <ct_reply>
ct_miss_3:
	 157: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_skip_2:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 158: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 160: MovReg dst: r2 src: rfp
	 161: AddImm dst: r2 imm: -212
	 162: Call FnMapLookupElem
	 163: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 164: StMemW dst: rfp src: r0 off: -164 imm: 32
	 165: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 166: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 167: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 169: MovReg dst: r2 src: rfp
	 170: AddImm dst: r2 imm: -164
	 171: Call FnMapLookupElem
	 172: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 173: StMemW dst: rfp src: r0 off: -144 imm: 9
	 174: Ja off: -1 <membership>
ipv6:
	    ; IPv6 header
	 175: MovReg dst: r0 src: r4
	 176: AddImm dst: r0 imm: 40
	 177: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 178: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 179: AndImm dst: r1 imm: 240
	 180: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 181: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 182: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 183: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 184: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 185: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 186: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 187: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 188: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 189: MovImm dst: r7 imm: 0
	 190: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 191: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 192: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 193: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 194: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 195: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 196: Ja off: -1 <l4_6>
v6_opt_7:
	 197: MovReg dst: r0 src: r4
	 198: AddImm dst: r0 imm: 8
	 199: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 200: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 201: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 202: AddImm dst: r1 imm: 1
	 203: LShImm dst: r1 imm: 3
	 204: AddReg dst: r4 src: r1
	 205: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 206: MovReg dst: r0 src: r4
	 207: AddImm dst: r0 imm: 8
	 208: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 209: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 210: SwapBE dst: r1 
	 211: AndImm dst: r1 imm: 65528
	 212: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 213: OrImm dst: r7 imm: 768
	 214: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 215: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 216: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 217: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 218: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 219: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 220: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 221: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 222: Ja off: -1 <l4_6>
v6_opt_11:
	 223: MovReg dst: r0 src: r4
	 224: AddImm dst: r0 imm: 8
	 225: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 226: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 227: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 228: AddImm dst: r1 imm: 1
	 229: LShImm dst: r1 imm: 3
	 230: AddReg dst: r4 src: r1
	 231: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 232: MovReg dst: r0 src: r4
	 233: AddImm dst: r0 imm: 8
	 234: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 235: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 236: SwapBE dst: r1 
	 237: AndImm dst: r1 imm: 65528
	 238: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 239: OrImm dst: r7 imm: 768
	 240: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 241: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 242: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 243: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 244: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 245: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 246: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 247: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 248: Ja off: -1 <l4_6>
v6_opt_15:
	 249: MovReg dst: r0 src: r4
	 250: AddImm dst: r0 imm: 8
	 251: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 252: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 253: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 254: AddImm dst: r1 imm: 1
	 255: LShImm dst: r1 imm: 3
	 256: AddReg dst: r4 src: r1
	 257: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 258: MovReg dst: r0 src: r4
	 259: AddImm dst: r0 imm: 8
	 260: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 261: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 262: SwapBE dst: r1 
	 263: AndImm dst: r1 imm: 65528
	 264: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 265: OrImm dst: r7 imm: 768
	 266: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 267: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 268: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 269: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 270: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 271: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 272: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 273: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 274: Ja off: -1 <l4_6>
v6_opt_19:
	 275: MovReg dst: r0 src: r4
	 276: AddImm dst: r0 imm: 8
	 277: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 278: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 279: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 280: AddImm dst: r1 imm: 1
	 281: LShImm dst: r1 imm: 3
	 282: AddReg dst: r4 src: r1
	 283: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 284: MovReg dst: r0 src: r4
	 285: AddImm dst: r0 imm: 8
	 286: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 287: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 288: SwapBE dst: r1 
	 289: AndImm dst: r1 imm: 65528
	 290: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 291: OrImm dst: r7 imm: 768
	 292: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 293: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 294: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 295: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 296: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 297: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 298: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 299: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 300: Ja off: -1 <l4_6>
v6_opt_23:
	 301: MovReg dst: r0 src: r4
	 302: AddImm dst: r0 imm: 8
	 303: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 304: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 305: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 306: AddImm dst: r1 imm: 1
	 307: LShImm dst: r1 imm: 3
	 308: AddReg dst: r4 src: r1
	 309: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 310: MovReg dst: r0 src: r4
	 311: AddImm dst: r0 imm: 8
	 312: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 313: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 314: SwapBE dst: r1 
	 315: AndImm dst: r1 imm: 65528
	 316: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 317: OrImm dst: r7 imm: 768
	 318: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 319: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 320: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 321: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 322: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 323: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 324: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 325: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 326: Ja off: -1 <l4_6>
v6_opt_27:
	 327: MovReg dst: r0 src: r4
	 328: AddImm dst: r0 imm: 8
	 329: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 330: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 331: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 332: AddImm dst: r1 imm: 1
	 333: LShImm dst: r1 imm: 3
	 334: AddReg dst: r4 src: r1
	 335: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 336: MovReg dst: r0 src: r4
	 337: AddImm dst: r0 imm: 8
	 338: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 339: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 340: SwapBE dst: r1 
	 341: AndImm dst: r1 imm: 65528
	 342: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 343: OrImm dst: r7 imm: 768
	 344: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 345: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 346: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 347: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 348: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 349: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 350: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 351: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 352: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 353: OrReg dst: r7 src: r5
	 354: MovImm dst: r8 imm: 0
	 355: StMemW dst: rfp src: r0 off: -184 imm: 0
	 356: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 357: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 358: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 359: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 360: Ja off: -1 <l4done_6>
tcp_6:
	 361: MovReg dst: r0 src: r4
	 362: AddImm dst: r0 imm: 20
	 363: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 364: Ja off: -1 <ports_6>
udp_6:
	 365: MovReg dst: r0 src: r4
	 366: AddImm dst: r0 imm: 8
	 367: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 368: Ja off: -1 <ports_6>
sctp_6:
	 369: MovReg dst: r0 src: r4
	 370: AddImm dst: r0 imm: 12
	 371: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 372: Ja off: -1 <ports_6>
ports_6:
	 373: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 374: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 375: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 376: SwapBE dst: r8 
	 377: Ja off: -1 <l4done_6>
l4done_6:
	 378: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 379: StMemB dst: rfp src: r0 off: -179 imm: 1
	 380: StMemH dst: rfp src: r0 off: -178 imm: 0
	 381: StMemW dst: rfp src: r0 off: -176 imm: 256
	 382: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 383: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 384: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 385: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 386: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 387: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 388: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 389: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 390: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 391: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 392: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 393: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 394: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 395: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 396: StMemB dst: rfp src: r0 off: -179 imm: 0
	 397: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 398: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 399: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 400: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 401: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 402: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 403: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 404: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 405: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 406: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 407: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 408: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 409: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 410: StMemH dst: rfp src: r0 off: -178 imm: 0
	 411: StMemB dst: rfp src: r0 off: -179 imm: 0
	 412: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 414: MovReg dst: r2 src: rfp
	 415: AddImm dst: r2 imm: -216
	 416: Call FnMapLookupElem
	 417: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 418: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 419: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 420: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 421: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 422: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 423: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 424: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 425: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 426: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 427: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 428: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 429: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 430: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 431: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 432: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 433: StMemH dst: rfp src: r0 off: -178 imm: 0
	 434: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 435: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 437: MovReg dst: r2 src: rfp
	 438: AddImm dst: r2 imm: -216
	 439: Call FnMapLookupElem
	 440: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 441: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 442: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 443: Ja off: -1 <ct_reply>
ct_miss_35:
	 444: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_skip_34:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 445: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 447: MovReg dst: r2 src: rfp
	 448: AddImm dst: r2 imm: -200
	 449: Call FnMapLookupElem
	 450: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 451: StMemW dst: rfp src: r0 off: -164 imm: 128
	 452: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 453: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 454: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 455: StXMemW dst: rfp src: r1 off: -156 imm: 0
	 456: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 457: StXMemW dst: rfp src: r1 off: -152 imm: 0
	 458: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 459: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 460: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 462: MovReg dst: r2 src: rfp
	 463: AddImm dst: r2 imm: -164
	 464: Call FnMapLookupElem
	 465: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 466: StMemW dst: rfp src: r0 off: -144 imm: 10
	 467: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 468: StMemW dst: rfp src: r0 off: -140 imm: 3
	 469: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 471: MovReg dst: r2 src: rfp
	 472: AddImm dst: r2 imm: -140
	 473: Call FnMapLookupElem
	 474: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 475: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 476: AddImm dst: r1 imm: 1
	 477: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 478: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 479: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 480: AddReg dst: r2 src: r1
	 481: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 482: MovImm dst: r0 imm: 0
	 483: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 484: StMemW dst: rfp src: r0 off: -140 imm: 4
	 485: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 487: MovReg dst: r2 src: rfp
	 488: AddImm dst: r2 imm: -140
	 489: Call FnMapLookupElem
	 490: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 491: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 492: AddImm dst: r1 imm: 1
	 493: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 494: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 495: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 496: AddReg dst: r2 src: r1
	 497: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 498: MovImm dst: r0 imm: 0
	 499: Exit
have_identity:
	 500: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 501: StXMemW dst: rfp src: r1 off: -144 imm: 0
	    ; ipcache hit: identity and the membership words the decision reads, from its value
	 502: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 503: StXMemW dst: rfp src: r1 off: -128 imm: 0
	 504: Ja off: -1 <words_ready>
membership:
	    ; selector membership of the world identity
	 505: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 507: MovReg dst: r2 src: rfp
	 508: AddImm dst: r2 imm: -144
	 509: Call FnMapLookupElem
	 510: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 511: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 512: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	 513: MovReg dst: r9 src: rfp
	 514: AddImm dst: r9 imm: -128
	 515: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 516: StMemW dst: rfp src: r0 off: -140 imm: 6
	 517: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 519: MovReg dst: r2 src: rfp
	 520: AddImm dst: r2 imm: -140
	 521: Call FnMapLookupElem
	 522: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 523: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 524: AddImm dst: r1 imm: 1
	 525: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 526: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 527: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 528: AddReg dst: r2 src: r1
	 529: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 530: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 531: MovReg dst: r1 src: r7
	 532: AndImm dst: r1 imm: 511
	 533: JEqImm dst: r1 off: -1 imm: 1 <tree_1>
	 534: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 535: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 536: JEqImm dst: r1 off: -1 imm: 388 <class_4>
	 537: Ja off: -1 <class_0>
tree_1:
	    ; protocol 1: port compare tree over 5 intervals
	 538: JGEImm dst: r8 off: -1 imm: 129 <ge_42>
	 539: JGEImm dst: r8 off: -1 imm: 128 <ge_43>
	 540: Ja off: -1 <class_0>
ge_43:
	 541: Ja off: -1 <class_1>
ge_42:
	 542: JGEImm dst: r8 off: -1 imm: 135 <ge_44>
	 543: Ja off: -1 <class_0>
ge_44:
	 544: JGEImm dst: r8 off: -1 imm: 136 <ge_45>
	 545: Ja off: -1 <class_2>
ge_45:
	 546: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 3 intervals
	 547: JGEImm dst: r8 off: -1 imm: 22 <ge_46>
	 548: Ja off: -1 <class_0>
ge_46:
	 549: JGEImm dst: r8 off: -1 imm: 82 <ge_47>
	 550: Ja off: -1 <class_3>
ge_47:
	 551: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 1 intervals
	 552: Ja off: -1 <class_4>
class_0:
	    ; class 0: candidates in precedence order [5]
	 553: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 554: JSet32Imm dst: r1 off: -1 imm: 16 <c0_entry5_48>
	 555: Ja off: -1 <default>
c0_entry5_48:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 556: MovImm dst: r8 imm: 5
	 557: Ja off: -1 <verdict_deny>
class_1:
	    ; class 1: candidates in precedence order [5 8]
	 558: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 559: JSet32Imm dst: r1 off: -1 imm: 16 <c1_entry5_49>
	 560: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry8_50>
	 561: Ja off: -1 <default>
c1_entry5_49:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 562: MovImm dst: r8 imm: 5
	 563: Ja off: -1 <verdict_deny>
c1_entry8_50:
	    ; entry 8 allow peer={} proto=1 ports=128-128: ns/random random.yaml:8:3
	 564: MovImm dst: r8 imm: 8
	 565: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [5 9]
	 566: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 567: JSet32Imm dst: r1 off: -1 imm: 16 <c2_entry5_51>
	 568: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry9_52>
	 569: Ja off: -1 <default>
c2_entry5_51:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 570: MovImm dst: r8 imm: 5
	 571: Ja off: -1 <verdict_deny>
c2_entry9_52:
	    ; entry 9 allow peer={reserved.host=} proto=1 ports=135-135: ns/random random.yaml:9:3
	 572: MovImm dst: r8 imm: 9
	 573: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [5 6]
	 574: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 575: JSet32Imm dst: r1 off: -1 imm: 16 <c3_entry5_53>
	 576: JSet32Imm dst: r1 off: -1 imm: 1 <c3_entry6_54>
	 577: Ja off: -1 <default>
c3_entry5_53:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 578: MovImm dst: r8 imm: 5
	 579: Ja off: -1 <verdict_deny>
c3_entry6_54:
	    ; entry 6 deny peer={} proto=6 ports=22-81: ns/random random.yaml:6:3
	 580: MovImm dst: r8 imm: 6
	 581: Ja off: -1 <verdict_deny>
class_4:
	    ; class 4: candidates in precedence order [5 7]
	 582: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 583: JSet32Imm dst: r1 off: -1 imm: 16 <c4_entry5_55>
	 584: JSet32Imm dst: r1 off: -1 imm: 8 <c4_entry7_56>
	 585: Ja off: -1 <default>
c4_entry5_55:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 586: MovImm dst: r8 imm: 5
	 587: Ja off: -1 <verdict_deny>
c4_entry7_56:
	    ; entry 7 deny peer={k8s.app=b} proto=132 ports=0-65535: ns/random random.yaml:7:3
	 588: MovImm dst: r8 imm: 7
	 589: Ja off: -1 <verdict_deny>
default:
	    ; no entry matches: deny (enforced=true)
	 590: MovImm dst: r8 imm: 0
	 591: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 592: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 593: XorReg dst: r8 src: r1
	 594: XorReg dst: r8 src: r1
	 595: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 596: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 598: MovReg dst: r2 src: rfp
	 599: AddImm dst: r2 imm: -140
	 600: Call FnMapLookupElem
	 601: JEqImm dst: r0 off: -1 imm: 0 <count_done_57>
	 602: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 603: AddImm dst: r1 imm: 1
	 604: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 605: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 606: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 607: AddReg dst: r2 src: r1
	 608: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_57:
	 609: StMemW dst: rfp src: r0 off: -64 imm: 256
	 610: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 611: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 612: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 613: StMemW dst: rfp src: r0 off: -44 imm: 0
	 614: StMemW dst: rfp src: r0 off: -40 imm: 0
	 615: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 616: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_58>
	 617: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 618: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 619: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 620: OrImm dst: r1 imm: 67174400
	 621: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 622: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 623: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 624: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 625: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 626: StMemW dst: rfp src: r0 off: -32 imm: 0
	 627: StMemW dst: rfp src: r0 off: -16 imm: 0
	 628: StMemW dst: rfp src: r0 off: -28 imm: 0
	 629: StMemW dst: rfp src: r0 off: -12 imm: 0
	 630: StMemW dst: rfp src: r0 off: -24 imm: 0
	 631: StMemW dst: rfp src: r0 off: -8 imm: 0
	 632: Ja off: -1 <fam_done_59>
fam_v6_58:
	 633: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 634: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 635: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 636: OrImm dst: r1 imm: 100728832
	 637: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 638: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 639: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 640: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 641: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 642: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 643: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 644: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 645: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 646: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 647: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 648: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 649: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 650: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 651: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 652: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 653: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_59:
	 654: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 656: MovReg dst: r2 src: rfp
	 657: AddImm dst: r2 imm: -64
	 658: MovImm dst: r3 imm: 60
	 659: MovImm dst: r4 imm: 0
	 660: Call FnRingbufOutput
	 661: MovImm dst: r0 imm: 2
	 662: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 663: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 664: XorReg dst: r8 src: r1
	 665: XorReg dst: r8 src: r1
	 666: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 667: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 669: MovReg dst: r2 src: rfp
	 670: AddImm dst: r2 imm: -140
	 671: Call FnMapLookupElem
	 672: JEqImm dst: r0 off: -1 imm: 0 <count_done_60>
	 673: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 674: AddImm dst: r1 imm: 1
	 675: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 676: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 677: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 678: AddReg dst: r2 src: r1
	 679: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_60:
	 680: StMemW dst: rfp src: r0 off: -64 imm: 256
	 681: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 682: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 683: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 684: StMemW dst: rfp src: r0 off: -44 imm: 0
	 685: StMemW dst: rfp src: r0 off: -40 imm: 0
	 686: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 687: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_61>
	 688: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 689: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 690: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 691: OrImm dst: r1 imm: 67174656
	 692: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 693: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 694: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 695: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 696: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 697: StMemW dst: rfp src: r0 off: -32 imm: 0
	 698: StMemW dst: rfp src: r0 off: -16 imm: 0
	 699: StMemW dst: rfp src: r0 off: -28 imm: 0
	 700: StMemW dst: rfp src: r0 off: -12 imm: 0
	 701: StMemW dst: rfp src: r0 off: -24 imm: 0
	 702: StMemW dst: rfp src: r0 off: -8 imm: 0
	 703: Ja off: -1 <fam_done_62>
fam_v6_61:
	 704: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 705: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 706: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 707: OrImm dst: r1 imm: 100729088
	 708: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 709: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 710: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 711: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 712: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 713: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 714: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 715: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 716: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 717: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 718: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 719: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 720: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 721: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 722: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 723: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 724: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_62:
	 725: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 727: MovReg dst: r2 src: rfp
	 728: AddImm dst: r2 imm: -64
	 729: MovImm dst: r3 imm: 60
	 730: MovImm dst: r4 imm: 0
	 731: Call FnRingbufOutput
	 732: JSetImm dst: r7 off: -1 imm: 512 <fam_done_65>
	 733: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 734: StMemH dst: rfp src: r0 off: -168 imm: 0
	 735: StMemB dst: rfp src: r0 off: -166 imm: 1
	 736: StMemB dst: rfp src: r0 off: -165 imm: 1
	 737: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 738: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_64>
	 739: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 740: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 741: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_66>
	 742: JGTReg dst: r1 off: -1 src: r2 <ct_swap_67>
	 743: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 744: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 745: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_66>
	 746: JGTReg dst: r1 off: -1 src: r2 <ct_swap_67>
	 747: StMemB dst: rfp src: r0 off: -203 imm: 0
	 748: Ja off: -1 <ct_ordered_66>
ct_swap_67:
	 749: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 750: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 751: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 752: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 753: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 754: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 755: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 756: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 757: StMemH dst: rfp src: r0 off: -202 imm: 0
	 758: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_66:
	 759: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 761: MovReg dst: r2 src: rfp
	 762: AddImm dst: r2 imm: -216
	 763: MovReg dst: r3 src: rfp
	 764: AddImm dst: r3 imm: -172
	 765: MovImm dst: r4 imm: 0
	 766: Call FnMapUpdateElem
	 767: Ja off: -1 <fam_done_65>
fam_v6_64:
	 768: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 769: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 770: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_68>
	 771: JGTReg dst: r1 off: -1 src: r2 <ct_swap_69>
	 772: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 773: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 774: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_68>
	 775: JGTReg dst: r1 off: -1 src: r2 <ct_swap_69>
	 776: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 777: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 778: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_68>
	 779: JGTReg dst: r1 off: -1 src: r2 <ct_swap_69>
	 780: StMemB dst: rfp src: r0 off: -179 imm: 0
	 781: Ja off: -1 <ct_ordered_68>
ct_swap_69:
	 782: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 783: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 784: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 785: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 786: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 787: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 788: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 789: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 790: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 791: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 792: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 793: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 794: StMemH dst: rfp src: r0 off: -178 imm: 0
	 795: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_ordered_68:
	 796: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 798: MovReg dst: r2 src: rfp
	 799: AddImm dst: r2 imm: -216
	 800: MovReg dst: r3 src: rfp
	 801: AddImm dst: r3 imm: -172
	 802: MovImm dst: r4 imm: 0
	 803: Call FnMapUpdateElem
fam_done_65:
	 804: MovImm dst: r0 imm: 0
	 805: Exit
malformed:
	    ; truncated or malformed header: drop
	 806: StMemW dst: rfp src: r0 off: -140 imm: 2
	 807: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 809: MovReg dst: r2 src: rfp
	 810: AddImm dst: r2 imm: -140
	 811: Call FnMapLookupElem
	 812: JEqImm dst: r0 off: -1 imm: 0 <count_done_70>
	 813: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 814: AddImm dst: r1 imm: 1
	 815: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 816: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 817: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 818: AddReg dst: r2 src: r1
	 819: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_70:
	 820: MovImm dst: r0 imm: 2
	 821: Exit

== subject-257 policy_ingress (section tcx/egress, enforced=false, 610 instructions)
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
	  24: JEqImm dst: r5 off: -1 imm: 56710 <ipv6>
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
	  69: JEqImm dst: r5 off: -1 imm: 132 <sctp_4>
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
sctp_4:
	  79: MovReg dst: r0 src: r4
	  80: AddImm dst: r0 imm: 12
	  81: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  82: Ja off: -1 <ports_4>
ports_4:
	  83: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  84: StXMemW dst: rfp src: r1 off: -208 imm: 0
	  85: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  86: SwapBE dst: r8 
	  87: Ja off: -1 <l4done_4>
l4done_4:
	  88: StXMemB dst: rfp src: r5 off: -204 imm: 0
	  89: StMemB dst: rfp src: r0 off: -203 imm: 0
	  90: StMemH dst: rfp src: r0 off: -202 imm: 0
	  91: StMemW dst: rfp src: r0 off: -200 imm: 257
	  92: StMemB dst: rfp src: r0 off: -136 imm: 4
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	  93: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	  94: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	  95: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	  96: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  97: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	  98: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	  99: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 100: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 101: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 102: StMemB dst: rfp src: r0 off: -203 imm: 0
	 103: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	 104: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 105: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 106: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 107: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 108: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 109: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 110: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 111: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 112: StMemH dst: rfp src: r0 off: -202 imm: 0
	 113: StMemB dst: rfp src: r0 off: -203 imm: 1
	 114: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 116: MovReg dst: r2 src: rfp
	 117: AddImm dst: r2 imm: -216
	 118: Call FnMapLookupElem
	 119: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	 120: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 121: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 122: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	 123: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 124: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 125: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 126: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 127: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 128: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 129: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 130: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 131: StMemH dst: rfp src: r0 off: -202 imm: 0
	 132: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	 133: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 135: MovReg dst: r2 src: rfp
	 136: AddImm dst: r2 imm: -216
	 137: Call FnMapLookupElem
	 138: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 139: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 140: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 141: Ja off: -1 <ct_reply>
ct_miss_3:
	 142: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_skip_2:
	 143: StMemW dst: rfp src: r0 off: -144 imm: 0
	 144: Ja off: -1 <default>
ipv6:
	    ; IPv6 header
	 145: MovReg dst: r0 src: r4
	 146: AddImm dst: r0 imm: 40
	 147: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 148: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 149: AndImm dst: r1 imm: 240
	 150: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 151: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 152: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 153: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 154: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 155: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 156: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 157: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 158: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 159: MovImm dst: r7 imm: 0
	 160: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 161: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 162: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 163: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 164: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 165: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 166: Ja off: -1 <l4_6>
v6_opt_7:
	 167: MovReg dst: r0 src: r4
	 168: AddImm dst: r0 imm: 8
	 169: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 170: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 171: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 172: AddImm dst: r1 imm: 1
	 173: LShImm dst: r1 imm: 3
	 174: AddReg dst: r4 src: r1
	 175: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 176: MovReg dst: r0 src: r4
	 177: AddImm dst: r0 imm: 8
	 178: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 179: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 180: SwapBE dst: r1 
	 181: AndImm dst: r1 imm: 65528
	 182: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 183: OrImm dst: r7 imm: 768
	 184: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 185: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 186: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 187: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 188: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 189: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 190: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 191: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 192: Ja off: -1 <l4_6>
v6_opt_11:
	 193: MovReg dst: r0 src: r4
	 194: AddImm dst: r0 imm: 8
	 195: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 196: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 197: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 198: AddImm dst: r1 imm: 1
	 199: LShImm dst: r1 imm: 3
	 200: AddReg dst: r4 src: r1
	 201: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 202: MovReg dst: r0 src: r4
	 203: AddImm dst: r0 imm: 8
	 204: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 205: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 206: SwapBE dst: r1 
	 207: AndImm dst: r1 imm: 65528
	 208: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 209: OrImm dst: r7 imm: 768
	 210: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 211: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 212: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 213: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 214: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 215: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 216: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 217: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 218: Ja off: -1 <l4_6>
v6_opt_15:
	 219: MovReg dst: r0 src: r4
	 220: AddImm dst: r0 imm: 8
	 221: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 222: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 223: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 224: AddImm dst: r1 imm: 1
	 225: LShImm dst: r1 imm: 3
	 226: AddReg dst: r4 src: r1
	 227: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 228: MovReg dst: r0 src: r4
	 229: AddImm dst: r0 imm: 8
	 230: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 231: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 232: SwapBE dst: r1 
	 233: AndImm dst: r1 imm: 65528
	 234: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 235: OrImm dst: r7 imm: 768
	 236: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 237: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 238: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 239: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 240: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 241: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 242: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 243: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 244: Ja off: -1 <l4_6>
v6_opt_19:
	 245: MovReg dst: r0 src: r4
	 246: AddImm dst: r0 imm: 8
	 247: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 248: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 249: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 250: AddImm dst: r1 imm: 1
	 251: LShImm dst: r1 imm: 3
	 252: AddReg dst: r4 src: r1
	 253: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 254: MovReg dst: r0 src: r4
	 255: AddImm dst: r0 imm: 8
	 256: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 257: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 258: SwapBE dst: r1 
	 259: AndImm dst: r1 imm: 65528
	 260: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 261: OrImm dst: r7 imm: 768
	 262: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 263: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 264: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 265: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 266: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 267: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 268: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 269: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 270: Ja off: -1 <l4_6>
v6_opt_23:
	 271: MovReg dst: r0 src: r4
	 272: AddImm dst: r0 imm: 8
	 273: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 274: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 275: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 276: AddImm dst: r1 imm: 1
	 277: LShImm dst: r1 imm: 3
	 278: AddReg dst: r4 src: r1
	 279: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 280: MovReg dst: r0 src: r4
	 281: AddImm dst: r0 imm: 8
	 282: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 283: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 284: SwapBE dst: r1 
	 285: AndImm dst: r1 imm: 65528
	 286: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 287: OrImm dst: r7 imm: 768
	 288: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 289: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 290: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 291: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 292: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 293: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 294: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 295: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 296: Ja off: -1 <l4_6>
v6_opt_27:
	 297: MovReg dst: r0 src: r4
	 298: AddImm dst: r0 imm: 8
	 299: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 300: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 301: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 302: AddImm dst: r1 imm: 1
	 303: LShImm dst: r1 imm: 3
	 304: AddReg dst: r4 src: r1
	 305: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 306: MovReg dst: r0 src: r4
	 307: AddImm dst: r0 imm: 8
	 308: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 309: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 310: SwapBE dst: r1 
	 311: AndImm dst: r1 imm: 65528
	 312: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 313: OrImm dst: r7 imm: 768
	 314: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 315: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 316: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 317: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 318: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 319: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 320: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 321: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 322: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 323: OrReg dst: r7 src: r5
	 324: MovImm dst: r8 imm: 0
	 325: StMemW dst: rfp src: r0 off: -184 imm: 0
	 326: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 327: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 328: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 329: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 330: Ja off: -1 <l4done_6>
tcp_6:
	 331: MovReg dst: r0 src: r4
	 332: AddImm dst: r0 imm: 20
	 333: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 334: Ja off: -1 <ports_6>
udp_6:
	 335: MovReg dst: r0 src: r4
	 336: AddImm dst: r0 imm: 8
	 337: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 338: Ja off: -1 <ports_6>
sctp_6:
	 339: MovReg dst: r0 src: r4
	 340: AddImm dst: r0 imm: 12
	 341: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 342: Ja off: -1 <ports_6>
ports_6:
	 343: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 344: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 345: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 346: SwapBE dst: r8 
	 347: Ja off: -1 <l4done_6>
l4done_6:
	 348: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 349: StMemB dst: rfp src: r0 off: -179 imm: 0
	 350: StMemH dst: rfp src: r0 off: -178 imm: 0
	 351: StMemW dst: rfp src: r0 off: -176 imm: 257
	 352: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 353: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 354: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 355: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 356: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 357: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 358: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 359: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 360: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 361: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 362: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 363: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 364: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 365: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 366: StMemB dst: rfp src: r0 off: -179 imm: 0
	 367: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 368: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 369: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 370: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 371: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 372: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 373: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 374: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 375: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 376: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 377: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 378: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 379: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 380: StMemH dst: rfp src: r0 off: -178 imm: 0
	 381: StMemB dst: rfp src: r0 off: -179 imm: 1
	 382: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 384: MovReg dst: r2 src: rfp
	 385: AddImm dst: r2 imm: -216
	 386: Call FnMapLookupElem
	 387: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 388: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 389: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 390: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 391: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 392: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 393: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 394: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 395: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 396: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 397: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 398: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 399: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 400: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 401: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 402: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 403: StMemH dst: rfp src: r0 off: -178 imm: 0
	 404: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 405: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 407: MovReg dst: r2 src: rfp
	 408: AddImm dst: r2 imm: -216
	 409: Call FnMapLookupElem
	 410: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 411: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 412: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 413: Ja off: -1 <ct_reply>
ct_miss_35:
	 414: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_skip_34:
	 415: StMemW dst: rfp src: r0 off: -144 imm: 0
	 416: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 417: StMemW dst: rfp src: r0 off: -140 imm: 3
	 418: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 420: MovReg dst: r2 src: rfp
	 421: AddImm dst: r2 imm: -140
	 422: Call FnMapLookupElem
	 423: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 424: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 425: AddImm dst: r1 imm: 1
	 426: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 427: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 428: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 429: AddReg dst: r2 src: r1
	 430: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 431: MovImm dst: r0 imm: 0
	 432: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 433: StMemW dst: rfp src: r0 off: -140 imm: 4
	 434: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 436: MovReg dst: r2 src: rfp
	 437: AddImm dst: r2 imm: -140
	 438: Call FnMapLookupElem
	 439: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 440: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 441: AddImm dst: r1 imm: 1
	 442: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 443: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 444: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 445: AddReg dst: r2 src: r1
	 446: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 447: MovImm dst: r0 imm: 0
	 448: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 449: MovImm dst: r8 imm: 0
	 450: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 451: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 452: XorReg dst: r8 src: r1
	 453: XorReg dst: r8 src: r1
	 454: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 455: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 457: MovReg dst: r2 src: rfp
	 458: AddImm dst: r2 imm: -140
	 459: Call FnMapLookupElem
	 460: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 461: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 462: AddImm dst: r1 imm: 1
	 463: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 464: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 465: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 466: AddReg dst: r2 src: r1
	 467: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 468: StMemW dst: rfp src: r0 off: -60 imm: 257
	 469: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 470: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 471: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 472: StMemW dst: rfp src: r0 off: -44 imm: 0
	 473: StMemW dst: rfp src: r0 off: -40 imm: 0
	 474: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 475: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 476: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 477: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 478: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 479: OrImm dst: r1 imm: 67109120
	 480: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 481: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 482: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 483: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 484: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 485: StMemW dst: rfp src: r0 off: -32 imm: 0
	 486: StMemW dst: rfp src: r0 off: -16 imm: 0
	 487: StMemW dst: rfp src: r0 off: -28 imm: 0
	 488: StMemW dst: rfp src: r0 off: -12 imm: 0
	 489: StMemW dst: rfp src: r0 off: -24 imm: 0
	 490: StMemW dst: rfp src: r0 off: -8 imm: 0
	 491: Ja off: -1 <fam_done_43>
fam_v6_42:
	 492: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 493: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 494: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 495: OrImm dst: r1 imm: 100663552
	 496: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 497: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 498: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 499: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 500: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 501: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 502: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 503: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 504: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 505: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 506: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 507: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 508: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 509: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 510: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 511: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 512: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 513: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 515: MovReg dst: r2 src: rfp
	 516: AddImm dst: r2 imm: -64
	 517: MovImm dst: r3 imm: 60
	 518: MovImm dst: r4 imm: 0
	 519: Call FnRingbufOutput
	 520: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 521: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 522: StMemH dst: rfp src: r0 off: -168 imm: 0
	 523: StMemB dst: rfp src: r0 off: -166 imm: 1
	 524: StMemB dst: rfp src: r0 off: -165 imm: 0
	 525: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 526: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 527: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 528: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 529: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 530: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 531: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 532: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 533: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 534: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 535: StMemB dst: rfp src: r0 off: -203 imm: 0
	 536: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 537: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 538: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 539: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 540: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 541: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 542: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 543: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 544: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 545: StMemH dst: rfp src: r0 off: -202 imm: 0
	 546: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_47:
	 547: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 549: MovReg dst: r2 src: rfp
	 550: AddImm dst: r2 imm: -216
	 551: MovReg dst: r3 src: rfp
	 552: AddImm dst: r3 imm: -172
	 553: MovImm dst: r4 imm: 0
	 554: Call FnMapUpdateElem
	 555: Ja off: -1 <fam_done_46>
fam_v6_45:
	 556: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 557: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 558: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 559: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 560: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 561: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 562: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 563: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 564: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 565: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 566: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 567: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 568: StMemB dst: rfp src: r0 off: -179 imm: 0
	 569: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 570: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 571: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 572: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 573: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 574: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 575: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 576: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 577: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 578: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 579: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 580: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 581: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 582: StMemH dst: rfp src: r0 off: -178 imm: 0
	 583: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_49:
	 584: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 586: MovReg dst: r2 src: rfp
	 587: AddImm dst: r2 imm: -216
	 588: MovReg dst: r3 src: rfp
	 589: AddImm dst: r3 imm: -172
	 590: MovImm dst: r4 imm: 0
	 591: Call FnMapUpdateElem
fam_done_46:
	 592: MovImm dst: r0 imm: 0
	 593: Exit
malformed:
	    ; truncated or malformed header: drop
	 594: StMemW dst: rfp src: r0 off: -140 imm: 2
	 595: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 597: MovReg dst: r2 src: rfp
	 598: AddImm dst: r2 imm: -140
	 599: Call FnMapLookupElem
	 600: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 601: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 602: AddImm dst: r1 imm: 1
	 603: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 604: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 605: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 606: AddReg dst: r2 src: r1
	 607: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 608: MovImm dst: r0 imm: 2
	 609: Exit

== subject-257 policy_egress (section tcx/ingress, enforced=true, 792 instructions)
	    ; egress policy of identity 257 (enforced=true): make the headers linear
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
	  24: JEqImm dst: r5 off: -1 imm: 56710 <ipv6>
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
	  69: JEqImm dst: r5 off: -1 imm: 132 <sctp_4>
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
sctp_4:
	  79: MovReg dst: r0 src: r4
	  80: AddImm dst: r0 imm: 12
	  81: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  82: Ja off: -1 <ports_4>
ports_4:
	  83: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  84: StXMemW dst: rfp src: r1 off: -208 imm: 0
	  85: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  86: SwapBE dst: r8 
	  87: Ja off: -1 <l4done_4>
l4done_4:
	  88: StXMemB dst: rfp src: r5 off: -204 imm: 0
	  89: StMemB dst: rfp src: r0 off: -203 imm: 1
	  90: StMemH dst: rfp src: r0 off: -202 imm: 0
	  91: StMemW dst: rfp src: r0 off: -200 imm: 257
	  92: StMemB dst: rfp src: r0 off: -136 imm: 4
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	  93: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	  94: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	  95: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	  96: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  97: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	  98: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	  99: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 100: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 101: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 102: StMemB dst: rfp src: r0 off: -203 imm: 0
	 103: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	 104: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 105: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 106: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 107: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 108: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 109: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 110: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 111: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 112: StMemH dst: rfp src: r0 off: -202 imm: 0
	 113: StMemB dst: rfp src: r0 off: -203 imm: 0
	 114: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 116: MovReg dst: r2 src: rfp
	 117: AddImm dst: r2 imm: -216
	 118: Call FnMapLookupElem
	 119: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	 120: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 121: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 122: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	 123: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 124: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 125: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 126: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 127: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 128: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 129: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 130: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 131: StMemH dst: rfp src: r0 off: -202 imm: 0
	 132: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	 133: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 135: MovReg dst: r2 src: rfp
	 136: AddImm dst: r2 imm: -216
	 137: Call FnMapLookupElem
	 138: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 139: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 140: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 141: Ja off: -1 <ct_reply>
ct_miss_3:
	 142: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_skip_2:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 143: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 145: MovReg dst: r2 src: rfp
	 146: AddImm dst: r2 imm: -212
	 147: Call FnMapLookupElem
	 148: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 149: StMemW dst: rfp src: r0 off: -164 imm: 32
	 150: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 151: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 152: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 154: MovReg dst: r2 src: rfp
	 155: AddImm dst: r2 imm: -164
	 156: Call FnMapLookupElem
	 157: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 158: StMemW dst: rfp src: r0 off: -144 imm: 9
	 159: Ja off: -1 <membership>
ipv6:
	    ; IPv6 header
	 160: MovReg dst: r0 src: r4
	 161: AddImm dst: r0 imm: 40
	 162: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 163: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 164: AndImm dst: r1 imm: 240
	 165: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 166: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 167: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 168: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 169: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 170: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 171: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 172: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 173: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 174: MovImm dst: r7 imm: 0
	 175: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 176: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 177: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 178: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 179: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 180: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 181: Ja off: -1 <l4_6>
v6_opt_7:
	 182: MovReg dst: r0 src: r4
	 183: AddImm dst: r0 imm: 8
	 184: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 185: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 186: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 187: AddImm dst: r1 imm: 1
	 188: LShImm dst: r1 imm: 3
	 189: AddReg dst: r4 src: r1
	 190: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 191: MovReg dst: r0 src: r4
	 192: AddImm dst: r0 imm: 8
	 193: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 194: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 195: SwapBE dst: r1 
	 196: AndImm dst: r1 imm: 65528
	 197: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 198: OrImm dst: r7 imm: 768
	 199: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 200: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 201: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 202: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 203: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 204: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 205: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 206: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 207: Ja off: -1 <l4_6>
v6_opt_11:
	 208: MovReg dst: r0 src: r4
	 209: AddImm dst: r0 imm: 8
	 210: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 211: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 212: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 213: AddImm dst: r1 imm: 1
	 214: LShImm dst: r1 imm: 3
	 215: AddReg dst: r4 src: r1
	 216: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 217: MovReg dst: r0 src: r4
	 218: AddImm dst: r0 imm: 8
	 219: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 220: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 221: SwapBE dst: r1 
	 222: AndImm dst: r1 imm: 65528
	 223: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 224: OrImm dst: r7 imm: 768
	 225: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 226: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 227: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 228: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 229: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 230: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 231: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 232: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 233: Ja off: -1 <l4_6>
v6_opt_15:
	 234: MovReg dst: r0 src: r4
	 235: AddImm dst: r0 imm: 8
	 236: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 237: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 238: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 239: AddImm dst: r1 imm: 1
	 240: LShImm dst: r1 imm: 3
	 241: AddReg dst: r4 src: r1
	 242: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 243: MovReg dst: r0 src: r4
	 244: AddImm dst: r0 imm: 8
	 245: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 246: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 247: SwapBE dst: r1 
	 248: AndImm dst: r1 imm: 65528
	 249: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 250: OrImm dst: r7 imm: 768
	 251: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 252: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 253: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 254: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 255: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 256: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 257: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 258: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 259: Ja off: -1 <l4_6>
v6_opt_19:
	 260: MovReg dst: r0 src: r4
	 261: AddImm dst: r0 imm: 8
	 262: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 263: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 264: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 265: AddImm dst: r1 imm: 1
	 266: LShImm dst: r1 imm: 3
	 267: AddReg dst: r4 src: r1
	 268: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 269: MovReg dst: r0 src: r4
	 270: AddImm dst: r0 imm: 8
	 271: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 272: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 273: SwapBE dst: r1 
	 274: AndImm dst: r1 imm: 65528
	 275: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 276: OrImm dst: r7 imm: 768
	 277: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 278: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 279: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 280: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 281: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 282: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 283: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 284: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 285: Ja off: -1 <l4_6>
v6_opt_23:
	 286: MovReg dst: r0 src: r4
	 287: AddImm dst: r0 imm: 8
	 288: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 289: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 290: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 291: AddImm dst: r1 imm: 1
	 292: LShImm dst: r1 imm: 3
	 293: AddReg dst: r4 src: r1
	 294: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 295: MovReg dst: r0 src: r4
	 296: AddImm dst: r0 imm: 8
	 297: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 298: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 299: SwapBE dst: r1 
	 300: AndImm dst: r1 imm: 65528
	 301: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 302: OrImm dst: r7 imm: 768
	 303: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 304: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 305: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 306: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 307: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 308: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 309: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 310: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 311: Ja off: -1 <l4_6>
v6_opt_27:
	 312: MovReg dst: r0 src: r4
	 313: AddImm dst: r0 imm: 8
	 314: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 315: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 316: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 317: AddImm dst: r1 imm: 1
	 318: LShImm dst: r1 imm: 3
	 319: AddReg dst: r4 src: r1
	 320: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 321: MovReg dst: r0 src: r4
	 322: AddImm dst: r0 imm: 8
	 323: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 324: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 325: SwapBE dst: r1 
	 326: AndImm dst: r1 imm: 65528
	 327: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 328: OrImm dst: r7 imm: 768
	 329: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 330: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 331: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 332: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 333: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 334: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 335: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 336: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 337: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 338: OrReg dst: r7 src: r5
	 339: MovImm dst: r8 imm: 0
	 340: StMemW dst: rfp src: r0 off: -184 imm: 0
	 341: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 342: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 343: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 344: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 345: Ja off: -1 <l4done_6>
tcp_6:
	 346: MovReg dst: r0 src: r4
	 347: AddImm dst: r0 imm: 20
	 348: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 349: Ja off: -1 <ports_6>
udp_6:
	 350: MovReg dst: r0 src: r4
	 351: AddImm dst: r0 imm: 8
	 352: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 353: Ja off: -1 <ports_6>
sctp_6:
	 354: MovReg dst: r0 src: r4
	 355: AddImm dst: r0 imm: 12
	 356: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 357: Ja off: -1 <ports_6>
ports_6:
	 358: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 359: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 360: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 361: SwapBE dst: r8 
	 362: Ja off: -1 <l4done_6>
l4done_6:
	 363: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 364: StMemB dst: rfp src: r0 off: -179 imm: 1
	 365: StMemH dst: rfp src: r0 off: -178 imm: 0
	 366: StMemW dst: rfp src: r0 off: -176 imm: 257
	 367: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 368: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 369: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 370: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 371: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 372: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 373: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 374: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 375: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 376: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 377: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 378: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 379: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 380: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 381: StMemB dst: rfp src: r0 off: -179 imm: 0
	 382: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 383: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 384: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 385: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 386: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 387: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 388: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 389: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 390: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 391: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 392: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 393: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 394: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 395: StMemH dst: rfp src: r0 off: -178 imm: 0
	 396: StMemB dst: rfp src: r0 off: -179 imm: 0
	 397: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 399: MovReg dst: r2 src: rfp
	 400: AddImm dst: r2 imm: -216
	 401: Call FnMapLookupElem
	 402: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 403: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 404: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 405: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 406: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 407: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 408: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 409: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 410: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 411: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 412: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 413: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 414: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 415: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 416: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 417: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 418: StMemH dst: rfp src: r0 off: -178 imm: 0
	 419: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 420: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 422: MovReg dst: r2 src: rfp
	 423: AddImm dst: r2 imm: -216
	 424: Call FnMapLookupElem
	 425: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 426: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 427: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 428: Ja off: -1 <ct_reply>
ct_miss_35:
	 429: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_skip_34:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 430: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 432: MovReg dst: r2 src: rfp
	 433: AddImm dst: r2 imm: -200
	 434: Call FnMapLookupElem
	 435: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 436: StMemW dst: rfp src: r0 off: -164 imm: 128
	 437: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 438: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 439: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 440: StXMemW dst: rfp src: r1 off: -156 imm: 0
	 441: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 442: StXMemW dst: rfp src: r1 off: -152 imm: 0
	 443: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 444: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 445: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 447: MovReg dst: r2 src: rfp
	 448: AddImm dst: r2 imm: -164
	 449: Call FnMapLookupElem
	 450: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 451: StMemW dst: rfp src: r0 off: -144 imm: 10
	 452: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 453: StMemW dst: rfp src: r0 off: -140 imm: 3
	 454: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 456: MovReg dst: r2 src: rfp
	 457: AddImm dst: r2 imm: -140
	 458: Call FnMapLookupElem
	 459: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 460: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 461: AddImm dst: r1 imm: 1
	 462: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 463: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 464: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 465: AddReg dst: r2 src: r1
	 466: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 467: MovImm dst: r0 imm: 0
	 468: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 469: StMemW dst: rfp src: r0 off: -140 imm: 4
	 470: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 472: MovReg dst: r2 src: rfp
	 473: AddImm dst: r2 imm: -140
	 474: Call FnMapLookupElem
	 475: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 476: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 477: AddImm dst: r1 imm: 1
	 478: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 479: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 480: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 481: AddReg dst: r2 src: r1
	 482: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 483: MovImm dst: r0 imm: 0
	 484: Exit
have_identity:
	 485: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 486: StXMemW dst: rfp src: r1 off: -144 imm: 0
	    ; ipcache hit: identity and the membership words the decision reads, from its value
	 487: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 488: StXMemW dst: rfp src: r1 off: -128 imm: 0
	 489: Ja off: -1 <words_ready>
membership:
	    ; selector membership of the world identity
	 490: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 492: MovReg dst: r2 src: rfp
	 493: AddImm dst: r2 imm: -144
	 494: Call FnMapLookupElem
	 495: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 496: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 497: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	 498: MovReg dst: r9 src: rfp
	 499: AddImm dst: r9 imm: -128
	 500: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 501: StMemW dst: rfp src: r0 off: -140 imm: 6
	 502: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 504: MovReg dst: r2 src: rfp
	 505: AddImm dst: r2 imm: -140
	 506: Call FnMapLookupElem
	 507: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 508: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 509: AddImm dst: r1 imm: 1
	 510: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 511: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 512: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 513: AddReg dst: r2 src: r1
	 514: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 515: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 516: MovReg dst: r1 src: r7
	 517: AndImm dst: r1 imm: 511
	 518: JEqImm dst: r1 off: -1 imm: 17 <tree_17>
	 519: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 520: Ja off: -1 <class_0>
tree_17:
	    ; protocol 17: port compare tree over 4 intervals
	 521: JGEImm dst: r8 off: -1 imm: 10000 <ge_42>
	 522: JGEImm dst: r8 off: -1 imm: 1023 <ge_43>
	 523: Ja off: -1 <class_0>
ge_43:
	 524: Ja off: -1 <class_1>
ge_42:
	 525: JGEImm dst: r8 off: -1 imm: 10001 <ge_44>
	 526: Ja off: -1 <class_2>
ge_44:
	 527: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 2 intervals
	 528: JGEImm dst: r8 off: -1 imm: 80 <ge_45>
	 529: Ja off: -1 <class_3>
ge_45:
	 530: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order [13]
	 531: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 532: JSet32Imm dst: r1 off: -1 imm: 4 <c0_entry13_46>
	 533: Ja off: -1 <default>
c0_entry13_46:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 534: MovImm dst: r8 imm: 13
	 535: Ja off: -1 <verdict_deny>
class_1:
	    ; class 1: candidates in precedence order [13 11]
	 536: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 537: JSet32Imm dst: r1 off: -1 imm: 4 <c1_entry13_47>
	 538: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry11_48>
	 539: Ja off: -1 <default>
c1_entry13_47:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 540: MovImm dst: r8 imm: 13
	 541: Ja off: -1 <verdict_deny>
c1_entry11_48:
	    ; entry 11 allow peer={} proto=17 ports=1023-9999: ns/random random.yaml:11:3
	 542: MovImm dst: r8 imm: 11
	 543: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [13 10]
	 544: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 545: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry13_49>
	 546: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry10_50>
	 547: Ja off: -1 <default>
c2_entry13_49:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 548: MovImm dst: r8 imm: 13
	 549: Ja off: -1 <verdict_deny>
c2_entry10_50:
	    ; entry 10 allow peer={reserved.host=} proto=17 ports=10000-10000: ns/random random.yaml:10:3
	 550: MovImm dst: r8 imm: 10
	 551: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [13 12]
	 552: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 553: JSet32Imm dst: r1 off: -1 imm: 4 <c3_entry13_51>
	 554: JSet32Imm dst: r1 off: -1 imm: 16 <c3_entry12_52>
	 555: Ja off: -1 <default>
c3_entry13_51:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 556: MovImm dst: r8 imm: 13
	 557: Ja off: -1 <verdict_deny>
c3_entry12_52:
	    ; entry 12 allow peer={!any.env} proto=132 ports=0-79: ns/random random.yaml:12:3
	 558: MovImm dst: r8 imm: 12
	 559: Ja off: -1 <verdict_allow>
default:
	    ; no entry matches: deny (enforced=true)
	 560: MovImm dst: r8 imm: 0
	 561: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 562: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 563: XorReg dst: r8 src: r1
	 564: XorReg dst: r8 src: r1
	 565: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 566: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 568: MovReg dst: r2 src: rfp
	 569: AddImm dst: r2 imm: -140
	 570: Call FnMapLookupElem
	 571: JEqImm dst: r0 off: -1 imm: 0 <count_done_53>
	 572: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 573: AddImm dst: r1 imm: 1
	 574: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 575: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 576: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 577: AddReg dst: r2 src: r1
	 578: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_53:
	 579: StMemW dst: rfp src: r0 off: -64 imm: 257
	 580: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 581: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 582: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 583: StMemW dst: rfp src: r0 off: -44 imm: 0
	 584: StMemW dst: rfp src: r0 off: -40 imm: 0
	 585: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 586: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_54>
	 587: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 588: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 589: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 590: OrImm dst: r1 imm: 67174400
	 591: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 592: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 593: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 594: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 595: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 596: StMemW dst: rfp src: r0 off: -32 imm: 0
	 597: StMemW dst: rfp src: r0 off: -16 imm: 0
	 598: StMemW dst: rfp src: r0 off: -28 imm: 0
	 599: StMemW dst: rfp src: r0 off: -12 imm: 0
	 600: StMemW dst: rfp src: r0 off: -24 imm: 0
	 601: StMemW dst: rfp src: r0 off: -8 imm: 0
	 602: Ja off: -1 <fam_done_55>
fam_v6_54:
	 603: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 604: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 605: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 606: OrImm dst: r1 imm: 100728832
	 607: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 608: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 609: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 610: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 611: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 612: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 613: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 614: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 615: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 616: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 617: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 618: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 619: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 620: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 621: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 622: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 623: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_55:
	 624: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 626: MovReg dst: r2 src: rfp
	 627: AddImm dst: r2 imm: -64
	 628: MovImm dst: r3 imm: 60
	 629: MovImm dst: r4 imm: 0
	 630: Call FnRingbufOutput
	 631: MovImm dst: r0 imm: 2
	 632: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 633: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 634: XorReg dst: r8 src: r1
	 635: XorReg dst: r8 src: r1
	 636: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 637: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 639: MovReg dst: r2 src: rfp
	 640: AddImm dst: r2 imm: -140
	 641: Call FnMapLookupElem
	 642: JEqImm dst: r0 off: -1 imm: 0 <count_done_56>
	 643: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 644: AddImm dst: r1 imm: 1
	 645: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 646: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 647: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 648: AddReg dst: r2 src: r1
	 649: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_56:
	 650: StMemW dst: rfp src: r0 off: -64 imm: 257
	 651: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 652: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 653: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 654: StMemW dst: rfp src: r0 off: -44 imm: 0
	 655: StMemW dst: rfp src: r0 off: -40 imm: 0
	 656: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 657: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_57>
	 658: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 659: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 660: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 661: OrImm dst: r1 imm: 67174656
	 662: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 663: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 664: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 665: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 666: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 667: StMemW dst: rfp src: r0 off: -32 imm: 0
	 668: StMemW dst: rfp src: r0 off: -16 imm: 0
	 669: StMemW dst: rfp src: r0 off: -28 imm: 0
	 670: StMemW dst: rfp src: r0 off: -12 imm: 0
	 671: StMemW dst: rfp src: r0 off: -24 imm: 0
	 672: StMemW dst: rfp src: r0 off: -8 imm: 0
	 673: Ja off: -1 <fam_done_58>
fam_v6_57:
	 674: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 675: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 676: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 677: OrImm dst: r1 imm: 100729088
	 678: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 679: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 680: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 681: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 682: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 683: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 684: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 685: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 686: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 687: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 688: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 689: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 690: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 691: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 692: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 693: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 694: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_58:
	 695: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 697: MovReg dst: r2 src: rfp
	 698: AddImm dst: r2 imm: -64
	 699: MovImm dst: r3 imm: 60
	 700: MovImm dst: r4 imm: 0
	 701: Call FnRingbufOutput
	 702: JSetImm dst: r7 off: -1 imm: 512 <fam_done_61>
	 703: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 704: StMemH dst: rfp src: r0 off: -168 imm: 0
	 705: StMemB dst: rfp src: r0 off: -166 imm: 1
	 706: StMemB dst: rfp src: r0 off: -165 imm: 1
	 707: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 708: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_60>
	 709: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 710: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 711: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 712: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 713: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 714: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 715: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 716: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 717: StMemB dst: rfp src: r0 off: -203 imm: 0
	 718: Ja off: -1 <ct_ordered_62>
ct_swap_63:
	 719: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 720: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 721: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 722: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 723: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 724: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 725: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 726: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 727: StMemH dst: rfp src: r0 off: -202 imm: 0
	 728: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_62:
	 729: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 731: MovReg dst: r2 src: rfp
	 732: AddImm dst: r2 imm: -216
	 733: MovReg dst: r3 src: rfp
	 734: AddImm dst: r3 imm: -172
	 735: MovImm dst: r4 imm: 0
	 736: Call FnMapUpdateElem
	 737: Ja off: -1 <fam_done_61>
fam_v6_60:
	 738: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 739: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 740: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_64>
	 741: JGTReg dst: r1 off: -1 src: r2 <ct_swap_65>
	 742: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 743: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 744: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_64>
	 745: JGTReg dst: r1 off: -1 src: r2 <ct_swap_65>
	 746: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 747: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 748: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_64>
	 749: JGTReg dst: r1 off: -1 src: r2 <ct_swap_65>
	 750: StMemB dst: rfp src: r0 off: -179 imm: 0
	 751: Ja off: -1 <ct_ordered_64>
ct_swap_65:
	 752: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 753: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 754: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 755: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 756: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 757: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 758: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 759: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 760: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 761: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 762: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 763: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 764: StMemH dst: rfp src: r0 off: -178 imm: 0
	 765: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_ordered_64:
	 766: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 768: MovReg dst: r2 src: rfp
	 769: AddImm dst: r2 imm: -216
	 770: MovReg dst: r3 src: rfp
	 771: AddImm dst: r3 imm: -172
	 772: MovImm dst: r4 imm: 0
	 773: Call FnMapUpdateElem
fam_done_61:
	 774: MovImm dst: r0 imm: 0
	 775: Exit
malformed:
	    ; truncated or malformed header: drop
	 776: StMemW dst: rfp src: r0 off: -140 imm: 2
	 777: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 779: MovReg dst: r2 src: rfp
	 780: AddImm dst: r2 imm: -140
	 781: Call FnMapLookupElem
	 782: JEqImm dst: r0 off: -1 imm: 0 <count_done_66>
	 783: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 784: AddImm dst: r1 imm: 1
	 785: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 786: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 787: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 788: AddReg dst: r2 src: r1
	 789: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_66:
	 790: MovImm dst: r0 imm: 2
	 791: Exit

== subject-258 policy_ingress (section tcx/egress, enforced=false, 600 instructions)
	    ; ingress policy of identity 258 (enforced=false): make the headers linear
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
	  24: JEqImm dst: r5 off: -1 imm: 56710 <ipv6>
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
	  86: StMemW dst: rfp src: r0 off: -200 imm: 258
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
ipv6:
	    ; IPv6 header
	 140: MovReg dst: r0 src: r4
	 141: AddImm dst: r0 imm: 40
	 142: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 143: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 144: AndImm dst: r1 imm: 240
	 145: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 146: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 147: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 148: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 149: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 150: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 151: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 152: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 153: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 154: MovImm dst: r7 imm: 0
	 155: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 156: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 157: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 158: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 159: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 160: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 161: Ja off: -1 <l4_6>
v6_opt_7:
	 162: MovReg dst: r0 src: r4
	 163: AddImm dst: r0 imm: 8
	 164: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 165: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 166: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 167: AddImm dst: r1 imm: 1
	 168: LShImm dst: r1 imm: 3
	 169: AddReg dst: r4 src: r1
	 170: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 171: MovReg dst: r0 src: r4
	 172: AddImm dst: r0 imm: 8
	 173: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 174: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 175: SwapBE dst: r1 
	 176: AndImm dst: r1 imm: 65528
	 177: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 178: OrImm dst: r7 imm: 768
	 179: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 180: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 181: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 182: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 183: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 184: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 185: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 186: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 187: Ja off: -1 <l4_6>
v6_opt_11:
	 188: MovReg dst: r0 src: r4
	 189: AddImm dst: r0 imm: 8
	 190: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 191: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 192: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 193: AddImm dst: r1 imm: 1
	 194: LShImm dst: r1 imm: 3
	 195: AddReg dst: r4 src: r1
	 196: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 197: MovReg dst: r0 src: r4
	 198: AddImm dst: r0 imm: 8
	 199: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 200: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 201: SwapBE dst: r1 
	 202: AndImm dst: r1 imm: 65528
	 203: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 204: OrImm dst: r7 imm: 768
	 205: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 206: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 207: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 208: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 209: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 210: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 211: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 212: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 213: Ja off: -1 <l4_6>
v6_opt_15:
	 214: MovReg dst: r0 src: r4
	 215: AddImm dst: r0 imm: 8
	 216: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 217: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 218: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 219: AddImm dst: r1 imm: 1
	 220: LShImm dst: r1 imm: 3
	 221: AddReg dst: r4 src: r1
	 222: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 223: MovReg dst: r0 src: r4
	 224: AddImm dst: r0 imm: 8
	 225: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 226: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 227: SwapBE dst: r1 
	 228: AndImm dst: r1 imm: 65528
	 229: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 230: OrImm dst: r7 imm: 768
	 231: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 232: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 233: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 234: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 235: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 236: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 237: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 238: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 239: Ja off: -1 <l4_6>
v6_opt_19:
	 240: MovReg dst: r0 src: r4
	 241: AddImm dst: r0 imm: 8
	 242: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 243: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 244: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 245: AddImm dst: r1 imm: 1
	 246: LShImm dst: r1 imm: 3
	 247: AddReg dst: r4 src: r1
	 248: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 249: MovReg dst: r0 src: r4
	 250: AddImm dst: r0 imm: 8
	 251: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 252: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 253: SwapBE dst: r1 
	 254: AndImm dst: r1 imm: 65528
	 255: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 256: OrImm dst: r7 imm: 768
	 257: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 258: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 259: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 260: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 261: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 262: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 263: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 264: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 265: Ja off: -1 <l4_6>
v6_opt_23:
	 266: MovReg dst: r0 src: r4
	 267: AddImm dst: r0 imm: 8
	 268: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 269: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 270: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 271: AddImm dst: r1 imm: 1
	 272: LShImm dst: r1 imm: 3
	 273: AddReg dst: r4 src: r1
	 274: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 275: MovReg dst: r0 src: r4
	 276: AddImm dst: r0 imm: 8
	 277: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 278: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 279: SwapBE dst: r1 
	 280: AndImm dst: r1 imm: 65528
	 281: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 282: OrImm dst: r7 imm: 768
	 283: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 284: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 285: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 286: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 287: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 288: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 289: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 290: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 291: Ja off: -1 <l4_6>
v6_opt_27:
	 292: MovReg dst: r0 src: r4
	 293: AddImm dst: r0 imm: 8
	 294: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 295: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 296: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 297: AddImm dst: r1 imm: 1
	 298: LShImm dst: r1 imm: 3
	 299: AddReg dst: r4 src: r1
	 300: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 301: MovReg dst: r0 src: r4
	 302: AddImm dst: r0 imm: 8
	 303: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 304: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 305: SwapBE dst: r1 
	 306: AndImm dst: r1 imm: 65528
	 307: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 308: OrImm dst: r7 imm: 768
	 309: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 310: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 311: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 312: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 313: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 314: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 315: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 316: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 317: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 318: OrReg dst: r7 src: r5
	 319: MovImm dst: r8 imm: 0
	 320: StMemW dst: rfp src: r0 off: -184 imm: 0
	 321: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 322: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 323: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 324: Ja off: -1 <l4done_6>
tcp_6:
	 325: MovReg dst: r0 src: r4
	 326: AddImm dst: r0 imm: 20
	 327: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 328: Ja off: -1 <ports_6>
udp_6:
	 329: MovReg dst: r0 src: r4
	 330: AddImm dst: r0 imm: 8
	 331: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 332: Ja off: -1 <ports_6>
ports_6:
	 333: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 334: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 335: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 336: SwapBE dst: r8 
	 337: Ja off: -1 <l4done_6>
l4done_6:
	 338: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 339: StMemB dst: rfp src: r0 off: -179 imm: 0
	 340: StMemH dst: rfp src: r0 off: -178 imm: 0
	 341: StMemW dst: rfp src: r0 off: -176 imm: 258
	 342: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 343: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 344: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 345: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 346: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 347: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 348: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 349: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 350: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 351: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 352: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 353: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 354: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 355: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 356: StMemB dst: rfp src: r0 off: -179 imm: 0
	 357: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 358: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 359: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 360: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 361: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 362: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 363: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 364: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 365: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 366: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 367: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 368: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 369: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 370: StMemH dst: rfp src: r0 off: -178 imm: 0
	 371: StMemB dst: rfp src: r0 off: -179 imm: 1
	 372: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 374: MovReg dst: r2 src: rfp
	 375: AddImm dst: r2 imm: -216
	 376: Call FnMapLookupElem
	 377: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 378: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 379: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 380: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 381: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 382: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 383: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 384: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 385: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 386: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 387: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 388: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 389: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 390: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 391: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 392: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 393: StMemH dst: rfp src: r0 off: -178 imm: 0
	 394: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 395: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 397: MovReg dst: r2 src: rfp
	 398: AddImm dst: r2 imm: -216
	 399: Call FnMapLookupElem
	 400: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 401: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 402: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 403: Ja off: -1 <ct_reply>
ct_miss_35:
	 404: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_skip_34:
	 405: StMemW dst: rfp src: r0 off: -144 imm: 0
	 406: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 407: StMemW dst: rfp src: r0 off: -140 imm: 3
	 408: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 410: MovReg dst: r2 src: rfp
	 411: AddImm dst: r2 imm: -140
	 412: Call FnMapLookupElem
	 413: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 414: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 415: AddImm dst: r1 imm: 1
	 416: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 417: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 418: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 419: AddReg dst: r2 src: r1
	 420: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 421: MovImm dst: r0 imm: 0
	 422: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 423: StMemW dst: rfp src: r0 off: -140 imm: 4
	 424: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 426: MovReg dst: r2 src: rfp
	 427: AddImm dst: r2 imm: -140
	 428: Call FnMapLookupElem
	 429: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 430: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 431: AddImm dst: r1 imm: 1
	 432: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 433: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 434: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 435: AddReg dst: r2 src: r1
	 436: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 437: MovImm dst: r0 imm: 0
	 438: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 439: MovImm dst: r8 imm: 0
	 440: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 441: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 442: XorReg dst: r8 src: r1
	 443: XorReg dst: r8 src: r1
	 444: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 445: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 447: MovReg dst: r2 src: rfp
	 448: AddImm dst: r2 imm: -140
	 449: Call FnMapLookupElem
	 450: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 451: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 452: AddImm dst: r1 imm: 1
	 453: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 454: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 455: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 456: AddReg dst: r2 src: r1
	 457: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 458: StMemW dst: rfp src: r0 off: -60 imm: 258
	 459: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 460: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 461: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 462: StMemW dst: rfp src: r0 off: -44 imm: 0
	 463: StMemW dst: rfp src: r0 off: -40 imm: 0
	 464: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 465: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 466: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 467: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 468: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 469: OrImm dst: r1 imm: 67109120
	 470: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 471: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 472: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 473: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 474: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 475: StMemW dst: rfp src: r0 off: -32 imm: 0
	 476: StMemW dst: rfp src: r0 off: -16 imm: 0
	 477: StMemW dst: rfp src: r0 off: -28 imm: 0
	 478: StMemW dst: rfp src: r0 off: -12 imm: 0
	 479: StMemW dst: rfp src: r0 off: -24 imm: 0
	 480: StMemW dst: rfp src: r0 off: -8 imm: 0
	 481: Ja off: -1 <fam_done_43>
fam_v6_42:
	 482: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 483: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 484: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 485: OrImm dst: r1 imm: 100663552
	 486: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 487: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 488: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 489: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 490: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 491: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 492: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 493: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 494: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 495: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 496: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 497: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 498: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 499: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 500: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 501: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 502: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 503: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 505: MovReg dst: r2 src: rfp
	 506: AddImm dst: r2 imm: -64
	 507: MovImm dst: r3 imm: 60
	 508: MovImm dst: r4 imm: 0
	 509: Call FnRingbufOutput
	 510: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 511: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 512: StMemH dst: rfp src: r0 off: -168 imm: 0
	 513: StMemB dst: rfp src: r0 off: -166 imm: 1
	 514: StMemB dst: rfp src: r0 off: -165 imm: 0
	 515: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 516: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 517: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 518: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 519: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 520: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 521: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 522: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 523: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 524: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 525: StMemB dst: rfp src: r0 off: -203 imm: 0
	 526: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 527: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 528: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 529: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 530: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 531: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 532: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 533: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 534: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 535: StMemH dst: rfp src: r0 off: -202 imm: 0
	 536: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_47:
	 537: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 539: MovReg dst: r2 src: rfp
	 540: AddImm dst: r2 imm: -216
	 541: MovReg dst: r3 src: rfp
	 542: AddImm dst: r3 imm: -172
	 543: MovImm dst: r4 imm: 0
	 544: Call FnMapUpdateElem
	 545: Ja off: -1 <fam_done_46>
fam_v6_45:
	 546: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 547: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 548: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 549: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 550: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 551: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 552: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 553: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 554: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 555: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 556: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 557: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 558: StMemB dst: rfp src: r0 off: -179 imm: 0
	 559: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 560: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 561: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 562: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 563: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 564: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 565: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 566: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 567: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 568: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 569: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 570: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 571: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 572: StMemH dst: rfp src: r0 off: -178 imm: 0
	 573: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_49:
	 574: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 576: MovReg dst: r2 src: rfp
	 577: AddImm dst: r2 imm: -216
	 578: MovReg dst: r3 src: rfp
	 579: AddImm dst: r3 imm: -172
	 580: MovImm dst: r4 imm: 0
	 581: Call FnMapUpdateElem
fam_done_46:
	 582: MovImm dst: r0 imm: 0
	 583: Exit
malformed:
	    ; truncated or malformed header: drop
	 584: StMemW dst: rfp src: r0 off: -140 imm: 2
	 585: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 587: MovReg dst: r2 src: rfp
	 588: AddImm dst: r2 imm: -140
	 589: Call FnMapLookupElem
	 590: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 591: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 592: AddImm dst: r1 imm: 1
	 593: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 594: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 595: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 596: AddReg dst: r2 src: r1
	 597: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 598: MovImm dst: r0 imm: 2
	 599: Exit

== subject-258 policy_egress (section tcx/ingress, enforced=false, 600 instructions)
	    ; egress policy of identity 258 (enforced=false): make the headers linear
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
	  24: JEqImm dst: r5 off: -1 imm: 56710 <ipv6>
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
	  86: StMemW dst: rfp src: r0 off: -200 imm: 258
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
ipv6:
	    ; IPv6 header
	 140: MovReg dst: r0 src: r4
	 141: AddImm dst: r0 imm: 40
	 142: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 143: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 144: AndImm dst: r1 imm: 240
	 145: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 146: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 147: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 148: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 149: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 150: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 151: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 152: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 153: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 154: MovImm dst: r7 imm: 0
	 155: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 156: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 157: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 158: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 159: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 160: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 161: Ja off: -1 <l4_6>
v6_opt_7:
	 162: MovReg dst: r0 src: r4
	 163: AddImm dst: r0 imm: 8
	 164: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 165: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 166: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 167: AddImm dst: r1 imm: 1
	 168: LShImm dst: r1 imm: 3
	 169: AddReg dst: r4 src: r1
	 170: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 171: MovReg dst: r0 src: r4
	 172: AddImm dst: r0 imm: 8
	 173: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 174: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 175: SwapBE dst: r1 
	 176: AndImm dst: r1 imm: 65528
	 177: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 178: OrImm dst: r7 imm: 768
	 179: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 180: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 181: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 182: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 183: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 184: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 185: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 186: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 187: Ja off: -1 <l4_6>
v6_opt_11:
	 188: MovReg dst: r0 src: r4
	 189: AddImm dst: r0 imm: 8
	 190: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 191: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 192: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 193: AddImm dst: r1 imm: 1
	 194: LShImm dst: r1 imm: 3
	 195: AddReg dst: r4 src: r1
	 196: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 197: MovReg dst: r0 src: r4
	 198: AddImm dst: r0 imm: 8
	 199: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 200: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 201: SwapBE dst: r1 
	 202: AndImm dst: r1 imm: 65528
	 203: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 204: OrImm dst: r7 imm: 768
	 205: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 206: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 207: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 208: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 209: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 210: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 211: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 212: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 213: Ja off: -1 <l4_6>
v6_opt_15:
	 214: MovReg dst: r0 src: r4
	 215: AddImm dst: r0 imm: 8
	 216: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 217: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 218: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 219: AddImm dst: r1 imm: 1
	 220: LShImm dst: r1 imm: 3
	 221: AddReg dst: r4 src: r1
	 222: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 223: MovReg dst: r0 src: r4
	 224: AddImm dst: r0 imm: 8
	 225: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 226: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 227: SwapBE dst: r1 
	 228: AndImm dst: r1 imm: 65528
	 229: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 230: OrImm dst: r7 imm: 768
	 231: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 232: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 233: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 234: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 235: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 236: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 237: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 238: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 239: Ja off: -1 <l4_6>
v6_opt_19:
	 240: MovReg dst: r0 src: r4
	 241: AddImm dst: r0 imm: 8
	 242: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 243: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 244: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 245: AddImm dst: r1 imm: 1
	 246: LShImm dst: r1 imm: 3
	 247: AddReg dst: r4 src: r1
	 248: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 249: MovReg dst: r0 src: r4
	 250: AddImm dst: r0 imm: 8
	 251: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 252: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 253: SwapBE dst: r1 
	 254: AndImm dst: r1 imm: 65528
	 255: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 256: OrImm dst: r7 imm: 768
	 257: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 258: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 259: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 260: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 261: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 262: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 263: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 264: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 265: Ja off: -1 <l4_6>
v6_opt_23:
	 266: MovReg dst: r0 src: r4
	 267: AddImm dst: r0 imm: 8
	 268: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 269: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 270: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 271: AddImm dst: r1 imm: 1
	 272: LShImm dst: r1 imm: 3
	 273: AddReg dst: r4 src: r1
	 274: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 275: MovReg dst: r0 src: r4
	 276: AddImm dst: r0 imm: 8
	 277: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 278: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 279: SwapBE dst: r1 
	 280: AndImm dst: r1 imm: 65528
	 281: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 282: OrImm dst: r7 imm: 768
	 283: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 284: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 285: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 286: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 287: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 288: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 289: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 290: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 291: Ja off: -1 <l4_6>
v6_opt_27:
	 292: MovReg dst: r0 src: r4
	 293: AddImm dst: r0 imm: 8
	 294: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 295: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 296: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 297: AddImm dst: r1 imm: 1
	 298: LShImm dst: r1 imm: 3
	 299: AddReg dst: r4 src: r1
	 300: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 301: MovReg dst: r0 src: r4
	 302: AddImm dst: r0 imm: 8
	 303: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 304: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 305: SwapBE dst: r1 
	 306: AndImm dst: r1 imm: 65528
	 307: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 308: OrImm dst: r7 imm: 768
	 309: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 310: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 311: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 312: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 313: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 314: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 315: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 316: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 317: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 318: OrReg dst: r7 src: r5
	 319: MovImm dst: r8 imm: 0
	 320: StMemW dst: rfp src: r0 off: -184 imm: 0
	 321: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 322: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 323: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 324: Ja off: -1 <l4done_6>
tcp_6:
	 325: MovReg dst: r0 src: r4
	 326: AddImm dst: r0 imm: 20
	 327: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 328: Ja off: -1 <ports_6>
udp_6:
	 329: MovReg dst: r0 src: r4
	 330: AddImm dst: r0 imm: 8
	 331: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 332: Ja off: -1 <ports_6>
ports_6:
	 333: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 334: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 335: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 336: SwapBE dst: r8 
	 337: Ja off: -1 <l4done_6>
l4done_6:
	 338: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 339: StMemB dst: rfp src: r0 off: -179 imm: 1
	 340: StMemH dst: rfp src: r0 off: -178 imm: 0
	 341: StMemW dst: rfp src: r0 off: -176 imm: 258
	 342: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 343: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 344: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 345: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 346: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 347: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 348: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 349: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 350: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 351: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 352: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 353: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 354: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 355: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 356: StMemB dst: rfp src: r0 off: -179 imm: 0
	 357: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 358: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 359: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 360: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 361: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 362: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 363: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 364: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 365: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 366: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 367: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 368: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 369: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 370: StMemH dst: rfp src: r0 off: -178 imm: 0
	 371: StMemB dst: rfp src: r0 off: -179 imm: 0
	 372: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 374: MovReg dst: r2 src: rfp
	 375: AddImm dst: r2 imm: -216
	 376: Call FnMapLookupElem
	 377: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 378: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 379: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 380: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 381: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 382: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 383: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 384: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 385: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 386: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 387: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 388: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 389: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 390: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 391: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 392: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 393: StMemH dst: rfp src: r0 off: -178 imm: 0
	 394: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 395: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 397: MovReg dst: r2 src: rfp
	 398: AddImm dst: r2 imm: -216
	 399: Call FnMapLookupElem
	 400: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 401: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 402: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 403: Ja off: -1 <ct_reply>
ct_miss_35:
	 404: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_skip_34:
	 405: StMemW dst: rfp src: r0 off: -144 imm: 0
	 406: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 407: StMemW dst: rfp src: r0 off: -140 imm: 3
	 408: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 410: MovReg dst: r2 src: rfp
	 411: AddImm dst: r2 imm: -140
	 412: Call FnMapLookupElem
	 413: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 414: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 415: AddImm dst: r1 imm: 1
	 416: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 417: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 418: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 419: AddReg dst: r2 src: r1
	 420: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 421: MovImm dst: r0 imm: 0
	 422: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 423: StMemW dst: rfp src: r0 off: -140 imm: 4
	 424: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 426: MovReg dst: r2 src: rfp
	 427: AddImm dst: r2 imm: -140
	 428: Call FnMapLookupElem
	 429: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 430: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 431: AddImm dst: r1 imm: 1
	 432: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 433: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 434: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 435: AddReg dst: r2 src: r1
	 436: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 437: MovImm dst: r0 imm: 0
	 438: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 439: MovImm dst: r8 imm: 0
	 440: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 441: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 442: XorReg dst: r8 src: r1
	 443: XorReg dst: r8 src: r1
	 444: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 445: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 447: MovReg dst: r2 src: rfp
	 448: AddImm dst: r2 imm: -140
	 449: Call FnMapLookupElem
	 450: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 451: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 452: AddImm dst: r1 imm: 1
	 453: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 454: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 455: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 456: AddReg dst: r2 src: r1
	 457: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 458: StMemW dst: rfp src: r0 off: -64 imm: 258
	 459: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 460: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 461: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 462: StMemW dst: rfp src: r0 off: -44 imm: 0
	 463: StMemW dst: rfp src: r0 off: -40 imm: 0
	 464: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 465: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 466: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 467: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 468: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 469: OrImm dst: r1 imm: 67174656
	 470: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 471: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 472: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 473: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 474: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 475: StMemW dst: rfp src: r0 off: -32 imm: 0
	 476: StMemW dst: rfp src: r0 off: -16 imm: 0
	 477: StMemW dst: rfp src: r0 off: -28 imm: 0
	 478: StMemW dst: rfp src: r0 off: -12 imm: 0
	 479: StMemW dst: rfp src: r0 off: -24 imm: 0
	 480: StMemW dst: rfp src: r0 off: -8 imm: 0
	 481: Ja off: -1 <fam_done_43>
fam_v6_42:
	 482: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 483: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 484: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 485: OrImm dst: r1 imm: 100729088
	 486: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 487: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 488: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 489: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 490: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 491: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 492: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 493: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 494: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 495: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 496: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 497: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 498: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 499: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 500: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 501: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 502: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 503: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 505: MovReg dst: r2 src: rfp
	 506: AddImm dst: r2 imm: -64
	 507: MovImm dst: r3 imm: 60
	 508: MovImm dst: r4 imm: 0
	 509: Call FnRingbufOutput
	 510: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 511: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 512: StMemH dst: rfp src: r0 off: -168 imm: 0
	 513: StMemB dst: rfp src: r0 off: -166 imm: 1
	 514: StMemB dst: rfp src: r0 off: -165 imm: 1
	 515: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 516: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 517: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 518: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 519: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 520: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 521: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 522: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 523: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 524: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 525: StMemB dst: rfp src: r0 off: -203 imm: 0
	 526: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 527: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 528: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 529: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 530: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 531: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 532: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 533: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 534: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 535: StMemH dst: rfp src: r0 off: -202 imm: 0
	 536: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_47:
	 537: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 539: MovReg dst: r2 src: rfp
	 540: AddImm dst: r2 imm: -216
	 541: MovReg dst: r3 src: rfp
	 542: AddImm dst: r3 imm: -172
	 543: MovImm dst: r4 imm: 0
	 544: Call FnMapUpdateElem
	 545: Ja off: -1 <fam_done_46>
fam_v6_45:
	 546: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 547: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 548: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 549: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 550: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 551: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 552: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 553: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 554: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 555: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 556: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 557: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 558: StMemB dst: rfp src: r0 off: -179 imm: 0
	 559: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 560: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 561: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 562: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 563: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 564: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 565: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 566: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 567: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 568: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 569: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 570: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 571: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 572: StMemH dst: rfp src: r0 off: -178 imm: 0
	 573: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_ordered_49:
	 574: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 576: MovReg dst: r2 src: rfp
	 577: AddImm dst: r2 imm: -216
	 578: MovReg dst: r3 src: rfp
	 579: AddImm dst: r3 imm: -172
	 580: MovImm dst: r4 imm: 0
	 581: Call FnMapUpdateElem
fam_done_46:
	 582: MovImm dst: r0 imm: 0
	 583: Exit
malformed:
	    ; truncated or malformed header: drop
	 584: StMemW dst: rfp src: r0 off: -140 imm: 2
	 585: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 587: MovReg dst: r2 src: rfp
	 588: AddImm dst: r2 imm: -140
	 589: Call FnMapLookupElem
	 590: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 591: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 592: AddImm dst: r1 imm: 1
	 593: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 594: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 595: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 596: AddReg dst: r2 src: r1
	 597: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 598: MovImm dst: r0 imm: 2
	 599: Exit

== subject-259 policy_ingress (section tcx/egress, enforced=false, 600 instructions)
	    ; ingress policy of identity 259 (enforced=false): make the headers linear
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
	  24: JEqImm dst: r5 off: -1 imm: 56710 <ipv6>
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
	  86: StMemW dst: rfp src: r0 off: -200 imm: 259
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
ipv6:
	    ; IPv6 header
	 140: MovReg dst: r0 src: r4
	 141: AddImm dst: r0 imm: 40
	 142: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 143: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 144: AndImm dst: r1 imm: 240
	 145: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 146: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 147: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 148: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 149: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 150: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 151: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 152: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 153: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 154: MovImm dst: r7 imm: 0
	 155: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 156: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 157: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 158: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 159: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 160: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 161: Ja off: -1 <l4_6>
v6_opt_7:
	 162: MovReg dst: r0 src: r4
	 163: AddImm dst: r0 imm: 8
	 164: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 165: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 166: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 167: AddImm dst: r1 imm: 1
	 168: LShImm dst: r1 imm: 3
	 169: AddReg dst: r4 src: r1
	 170: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 171: MovReg dst: r0 src: r4
	 172: AddImm dst: r0 imm: 8
	 173: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 174: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 175: SwapBE dst: r1 
	 176: AndImm dst: r1 imm: 65528
	 177: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 178: OrImm dst: r7 imm: 768
	 179: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 180: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 181: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 182: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 183: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 184: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 185: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 186: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 187: Ja off: -1 <l4_6>
v6_opt_11:
	 188: MovReg dst: r0 src: r4
	 189: AddImm dst: r0 imm: 8
	 190: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 191: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 192: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 193: AddImm dst: r1 imm: 1
	 194: LShImm dst: r1 imm: 3
	 195: AddReg dst: r4 src: r1
	 196: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 197: MovReg dst: r0 src: r4
	 198: AddImm dst: r0 imm: 8
	 199: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 200: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 201: SwapBE dst: r1 
	 202: AndImm dst: r1 imm: 65528
	 203: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 204: OrImm dst: r7 imm: 768
	 205: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 206: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 207: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 208: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 209: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 210: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 211: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 212: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 213: Ja off: -1 <l4_6>
v6_opt_15:
	 214: MovReg dst: r0 src: r4
	 215: AddImm dst: r0 imm: 8
	 216: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 217: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 218: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 219: AddImm dst: r1 imm: 1
	 220: LShImm dst: r1 imm: 3
	 221: AddReg dst: r4 src: r1
	 222: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 223: MovReg dst: r0 src: r4
	 224: AddImm dst: r0 imm: 8
	 225: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 226: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 227: SwapBE dst: r1 
	 228: AndImm dst: r1 imm: 65528
	 229: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 230: OrImm dst: r7 imm: 768
	 231: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 232: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 233: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 234: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 235: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 236: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 237: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 238: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 239: Ja off: -1 <l4_6>
v6_opt_19:
	 240: MovReg dst: r0 src: r4
	 241: AddImm dst: r0 imm: 8
	 242: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 243: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 244: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 245: AddImm dst: r1 imm: 1
	 246: LShImm dst: r1 imm: 3
	 247: AddReg dst: r4 src: r1
	 248: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 249: MovReg dst: r0 src: r4
	 250: AddImm dst: r0 imm: 8
	 251: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 252: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 253: SwapBE dst: r1 
	 254: AndImm dst: r1 imm: 65528
	 255: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 256: OrImm dst: r7 imm: 768
	 257: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 258: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 259: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 260: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 261: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 262: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 263: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 264: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 265: Ja off: -1 <l4_6>
v6_opt_23:
	 266: MovReg dst: r0 src: r4
	 267: AddImm dst: r0 imm: 8
	 268: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 269: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 270: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 271: AddImm dst: r1 imm: 1
	 272: LShImm dst: r1 imm: 3
	 273: AddReg dst: r4 src: r1
	 274: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 275: MovReg dst: r0 src: r4
	 276: AddImm dst: r0 imm: 8
	 277: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 278: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 279: SwapBE dst: r1 
	 280: AndImm dst: r1 imm: 65528
	 281: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 282: OrImm dst: r7 imm: 768
	 283: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 284: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 285: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 286: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 287: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 288: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 289: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 290: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 291: Ja off: -1 <l4_6>
v6_opt_27:
	 292: MovReg dst: r0 src: r4
	 293: AddImm dst: r0 imm: 8
	 294: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 295: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 296: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 297: AddImm dst: r1 imm: 1
	 298: LShImm dst: r1 imm: 3
	 299: AddReg dst: r4 src: r1
	 300: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 301: MovReg dst: r0 src: r4
	 302: AddImm dst: r0 imm: 8
	 303: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 304: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 305: SwapBE dst: r1 
	 306: AndImm dst: r1 imm: 65528
	 307: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 308: OrImm dst: r7 imm: 768
	 309: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 310: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 311: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 312: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 313: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 314: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 315: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 316: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 317: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 318: OrReg dst: r7 src: r5
	 319: MovImm dst: r8 imm: 0
	 320: StMemW dst: rfp src: r0 off: -184 imm: 0
	 321: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 322: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 323: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 324: Ja off: -1 <l4done_6>
tcp_6:
	 325: MovReg dst: r0 src: r4
	 326: AddImm dst: r0 imm: 20
	 327: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 328: Ja off: -1 <ports_6>
udp_6:
	 329: MovReg dst: r0 src: r4
	 330: AddImm dst: r0 imm: 8
	 331: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 332: Ja off: -1 <ports_6>
ports_6:
	 333: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 334: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 335: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 336: SwapBE dst: r8 
	 337: Ja off: -1 <l4done_6>
l4done_6:
	 338: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 339: StMemB dst: rfp src: r0 off: -179 imm: 0
	 340: StMemH dst: rfp src: r0 off: -178 imm: 0
	 341: StMemW dst: rfp src: r0 off: -176 imm: 259
	 342: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 343: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 344: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 345: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 346: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 347: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 348: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 349: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 350: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 351: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 352: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 353: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 354: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 355: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 356: StMemB dst: rfp src: r0 off: -179 imm: 0
	 357: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 358: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 359: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 360: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 361: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 362: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 363: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 364: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 365: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 366: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 367: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 368: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 369: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 370: StMemH dst: rfp src: r0 off: -178 imm: 0
	 371: StMemB dst: rfp src: r0 off: -179 imm: 1
	 372: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 374: MovReg dst: r2 src: rfp
	 375: AddImm dst: r2 imm: -216
	 376: Call FnMapLookupElem
	 377: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 378: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 379: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 380: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 381: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 382: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 383: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 384: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 385: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 386: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 387: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 388: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 389: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 390: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 391: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 392: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 393: StMemH dst: rfp src: r0 off: -178 imm: 0
	 394: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 395: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 397: MovReg dst: r2 src: rfp
	 398: AddImm dst: r2 imm: -216
	 399: Call FnMapLookupElem
	 400: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 401: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 402: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 403: Ja off: -1 <ct_reply>
ct_miss_35:
	 404: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_skip_34:
	 405: StMemW dst: rfp src: r0 off: -144 imm: 0
	 406: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 407: StMemW dst: rfp src: r0 off: -140 imm: 3
	 408: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 410: MovReg dst: r2 src: rfp
	 411: AddImm dst: r2 imm: -140
	 412: Call FnMapLookupElem
	 413: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 414: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 415: AddImm dst: r1 imm: 1
	 416: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 417: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 418: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 419: AddReg dst: r2 src: r1
	 420: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 421: MovImm dst: r0 imm: 0
	 422: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 423: StMemW dst: rfp src: r0 off: -140 imm: 4
	 424: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 426: MovReg dst: r2 src: rfp
	 427: AddImm dst: r2 imm: -140
	 428: Call FnMapLookupElem
	 429: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 430: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 431: AddImm dst: r1 imm: 1
	 432: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 433: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 434: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 435: AddReg dst: r2 src: r1
	 436: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 437: MovImm dst: r0 imm: 0
	 438: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 439: MovImm dst: r8 imm: 0
	 440: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 441: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 442: XorReg dst: r8 src: r1
	 443: XorReg dst: r8 src: r1
	 444: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 445: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 447: MovReg dst: r2 src: rfp
	 448: AddImm dst: r2 imm: -140
	 449: Call FnMapLookupElem
	 450: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 451: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 452: AddImm dst: r1 imm: 1
	 453: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 454: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 455: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 456: AddReg dst: r2 src: r1
	 457: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 458: StMemW dst: rfp src: r0 off: -60 imm: 259
	 459: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 460: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 461: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 462: StMemW dst: rfp src: r0 off: -44 imm: 0
	 463: StMemW dst: rfp src: r0 off: -40 imm: 0
	 464: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 465: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 466: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 467: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 468: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 469: OrImm dst: r1 imm: 67109120
	 470: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 471: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 472: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 473: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 474: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 475: StMemW dst: rfp src: r0 off: -32 imm: 0
	 476: StMemW dst: rfp src: r0 off: -16 imm: 0
	 477: StMemW dst: rfp src: r0 off: -28 imm: 0
	 478: StMemW dst: rfp src: r0 off: -12 imm: 0
	 479: StMemW dst: rfp src: r0 off: -24 imm: 0
	 480: StMemW dst: rfp src: r0 off: -8 imm: 0
	 481: Ja off: -1 <fam_done_43>
fam_v6_42:
	 482: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 483: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 484: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 485: OrImm dst: r1 imm: 100663552
	 486: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 487: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 488: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 489: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 490: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 491: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 492: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 493: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 494: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 495: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 496: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 497: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 498: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 499: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 500: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 501: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 502: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 503: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 505: MovReg dst: r2 src: rfp
	 506: AddImm dst: r2 imm: -64
	 507: MovImm dst: r3 imm: 60
	 508: MovImm dst: r4 imm: 0
	 509: Call FnRingbufOutput
	 510: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 511: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 512: StMemH dst: rfp src: r0 off: -168 imm: 0
	 513: StMemB dst: rfp src: r0 off: -166 imm: 1
	 514: StMemB dst: rfp src: r0 off: -165 imm: 0
	 515: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 516: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 517: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 518: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 519: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 520: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 521: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 522: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 523: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 524: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 525: StMemB dst: rfp src: r0 off: -203 imm: 0
	 526: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 527: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 528: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 529: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 530: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 531: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 532: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 533: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 534: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 535: StMemH dst: rfp src: r0 off: -202 imm: 0
	 536: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_47:
	 537: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 539: MovReg dst: r2 src: rfp
	 540: AddImm dst: r2 imm: -216
	 541: MovReg dst: r3 src: rfp
	 542: AddImm dst: r3 imm: -172
	 543: MovImm dst: r4 imm: 0
	 544: Call FnMapUpdateElem
	 545: Ja off: -1 <fam_done_46>
fam_v6_45:
	 546: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 547: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 548: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 549: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 550: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 551: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 552: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 553: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 554: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 555: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 556: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 557: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 558: StMemB dst: rfp src: r0 off: -179 imm: 0
	 559: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 560: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 561: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 562: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 563: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 564: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 565: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 566: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 567: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 568: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 569: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 570: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 571: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 572: StMemH dst: rfp src: r0 off: -178 imm: 0
	 573: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_49:
	 574: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 576: MovReg dst: r2 src: rfp
	 577: AddImm dst: r2 imm: -216
	 578: MovReg dst: r3 src: rfp
	 579: AddImm dst: r3 imm: -172
	 580: MovImm dst: r4 imm: 0
	 581: Call FnMapUpdateElem
fam_done_46:
	 582: MovImm dst: r0 imm: 0
	 583: Exit
malformed:
	    ; truncated or malformed header: drop
	 584: StMemW dst: rfp src: r0 off: -140 imm: 2
	 585: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 587: MovReg dst: r2 src: rfp
	 588: AddImm dst: r2 imm: -140
	 589: Call FnMapLookupElem
	 590: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 591: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 592: AddImm dst: r1 imm: 1
	 593: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 594: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 595: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 596: AddReg dst: r2 src: r1
	 597: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 598: MovImm dst: r0 imm: 2
	 599: Exit

== subject-259 policy_egress (section tcx/ingress, enforced=false, 600 instructions)
	    ; egress policy of identity 259 (enforced=false): make the headers linear
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
	  24: JEqImm dst: r5 off: -1 imm: 56710 <ipv6>
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
	  86: StMemW dst: rfp src: r0 off: -200 imm: 259
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
ipv6:
	    ; IPv6 header
	 140: MovReg dst: r0 src: r4
	 141: AddImm dst: r0 imm: 40
	 142: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 143: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 144: AndImm dst: r1 imm: 240
	 145: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 146: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 147: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 148: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 149: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 150: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 151: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 152: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 153: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 154: MovImm dst: r7 imm: 0
	 155: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 156: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 157: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 158: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 159: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 160: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 161: Ja off: -1 <l4_6>
v6_opt_7:
	 162: MovReg dst: r0 src: r4
	 163: AddImm dst: r0 imm: 8
	 164: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 165: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 166: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 167: AddImm dst: r1 imm: 1
	 168: LShImm dst: r1 imm: 3
	 169: AddReg dst: r4 src: r1
	 170: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 171: MovReg dst: r0 src: r4
	 172: AddImm dst: r0 imm: 8
	 173: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 174: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 175: SwapBE dst: r1 
	 176: AndImm dst: r1 imm: 65528
	 177: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 178: OrImm dst: r7 imm: 768
	 179: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 180: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 181: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 182: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 183: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 184: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 185: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 186: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 187: Ja off: -1 <l4_6>
v6_opt_11:
	 188: MovReg dst: r0 src: r4
	 189: AddImm dst: r0 imm: 8
	 190: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 191: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 192: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 193: AddImm dst: r1 imm: 1
	 194: LShImm dst: r1 imm: 3
	 195: AddReg dst: r4 src: r1
	 196: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 197: MovReg dst: r0 src: r4
	 198: AddImm dst: r0 imm: 8
	 199: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 200: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 201: SwapBE dst: r1 
	 202: AndImm dst: r1 imm: 65528
	 203: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 204: OrImm dst: r7 imm: 768
	 205: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 206: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 207: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 208: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 209: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 210: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 211: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 212: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 213: Ja off: -1 <l4_6>
v6_opt_15:
	 214: MovReg dst: r0 src: r4
	 215: AddImm dst: r0 imm: 8
	 216: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 217: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 218: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 219: AddImm dst: r1 imm: 1
	 220: LShImm dst: r1 imm: 3
	 221: AddReg dst: r4 src: r1
	 222: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 223: MovReg dst: r0 src: r4
	 224: AddImm dst: r0 imm: 8
	 225: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 226: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 227: SwapBE dst: r1 
	 228: AndImm dst: r1 imm: 65528
	 229: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 230: OrImm dst: r7 imm: 768
	 231: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 232: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 233: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 234: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 235: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 236: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 237: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 238: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 239: Ja off: -1 <l4_6>
v6_opt_19:
	 240: MovReg dst: r0 src: r4
	 241: AddImm dst: r0 imm: 8
	 242: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 243: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 244: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 245: AddImm dst: r1 imm: 1
	 246: LShImm dst: r1 imm: 3
	 247: AddReg dst: r4 src: r1
	 248: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 249: MovReg dst: r0 src: r4
	 250: AddImm dst: r0 imm: 8
	 251: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 252: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 253: SwapBE dst: r1 
	 254: AndImm dst: r1 imm: 65528
	 255: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 256: OrImm dst: r7 imm: 768
	 257: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 258: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 259: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 260: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 261: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 262: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 263: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 264: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 265: Ja off: -1 <l4_6>
v6_opt_23:
	 266: MovReg dst: r0 src: r4
	 267: AddImm dst: r0 imm: 8
	 268: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 269: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 270: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 271: AddImm dst: r1 imm: 1
	 272: LShImm dst: r1 imm: 3
	 273: AddReg dst: r4 src: r1
	 274: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 275: MovReg dst: r0 src: r4
	 276: AddImm dst: r0 imm: 8
	 277: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 278: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 279: SwapBE dst: r1 
	 280: AndImm dst: r1 imm: 65528
	 281: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 282: OrImm dst: r7 imm: 768
	 283: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 284: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 285: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 286: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 287: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 288: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 289: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 290: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 291: Ja off: -1 <l4_6>
v6_opt_27:
	 292: MovReg dst: r0 src: r4
	 293: AddImm dst: r0 imm: 8
	 294: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 295: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 296: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 297: AddImm dst: r1 imm: 1
	 298: LShImm dst: r1 imm: 3
	 299: AddReg dst: r4 src: r1
	 300: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 301: MovReg dst: r0 src: r4
	 302: AddImm dst: r0 imm: 8
	 303: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 304: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 305: SwapBE dst: r1 
	 306: AndImm dst: r1 imm: 65528
	 307: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 308: OrImm dst: r7 imm: 768
	 309: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 310: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 311: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 312: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 313: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 314: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 315: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 316: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 317: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 318: OrReg dst: r7 src: r5
	 319: MovImm dst: r8 imm: 0
	 320: StMemW dst: rfp src: r0 off: -184 imm: 0
	 321: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 322: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 323: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 324: Ja off: -1 <l4done_6>
tcp_6:
	 325: MovReg dst: r0 src: r4
	 326: AddImm dst: r0 imm: 20
	 327: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 328: Ja off: -1 <ports_6>
udp_6:
	 329: MovReg dst: r0 src: r4
	 330: AddImm dst: r0 imm: 8
	 331: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 332: Ja off: -1 <ports_6>
ports_6:
	 333: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 334: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 335: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 336: SwapBE dst: r8 
	 337: Ja off: -1 <l4done_6>
l4done_6:
	 338: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 339: StMemB dst: rfp src: r0 off: -179 imm: 1
	 340: StMemH dst: rfp src: r0 off: -178 imm: 0
	 341: StMemW dst: rfp src: r0 off: -176 imm: 259
	 342: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 343: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 344: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 345: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 346: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 347: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 348: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 349: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 350: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 351: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 352: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 353: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 354: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 355: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 356: StMemB dst: rfp src: r0 off: -179 imm: 0
	 357: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 358: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 359: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 360: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 361: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 362: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 363: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 364: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 365: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 366: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 367: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 368: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 369: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 370: StMemH dst: rfp src: r0 off: -178 imm: 0
	 371: StMemB dst: rfp src: r0 off: -179 imm: 0
	 372: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 374: MovReg dst: r2 src: rfp
	 375: AddImm dst: r2 imm: -216
	 376: Call FnMapLookupElem
	 377: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 378: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 379: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 380: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 381: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 382: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 383: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 384: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 385: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 386: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 387: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 388: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 389: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 390: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 391: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 392: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 393: StMemH dst: rfp src: r0 off: -178 imm: 0
	 394: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 395: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 397: MovReg dst: r2 src: rfp
	 398: AddImm dst: r2 imm: -216
	 399: Call FnMapLookupElem
	 400: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 401: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 402: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 403: Ja off: -1 <ct_reply>
ct_miss_35:
	 404: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_skip_34:
	 405: StMemW dst: rfp src: r0 off: -144 imm: 0
	 406: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 407: StMemW dst: rfp src: r0 off: -140 imm: 3
	 408: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 410: MovReg dst: r2 src: rfp
	 411: AddImm dst: r2 imm: -140
	 412: Call FnMapLookupElem
	 413: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 414: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 415: AddImm dst: r1 imm: 1
	 416: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 417: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 418: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 419: AddReg dst: r2 src: r1
	 420: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 421: MovImm dst: r0 imm: 0
	 422: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 423: StMemW dst: rfp src: r0 off: -140 imm: 4
	 424: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 426: MovReg dst: r2 src: rfp
	 427: AddImm dst: r2 imm: -140
	 428: Call FnMapLookupElem
	 429: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 430: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 431: AddImm dst: r1 imm: 1
	 432: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 433: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 434: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 435: AddReg dst: r2 src: r1
	 436: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 437: MovImm dst: r0 imm: 0
	 438: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 439: MovImm dst: r8 imm: 0
	 440: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 441: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 442: XorReg dst: r8 src: r1
	 443: XorReg dst: r8 src: r1
	 444: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 445: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 447: MovReg dst: r2 src: rfp
	 448: AddImm dst: r2 imm: -140
	 449: Call FnMapLookupElem
	 450: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 451: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 452: AddImm dst: r1 imm: 1
	 453: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 454: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 455: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 456: AddReg dst: r2 src: r1
	 457: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 458: StMemW dst: rfp src: r0 off: -64 imm: 259
	 459: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 460: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 461: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 462: StMemW dst: rfp src: r0 off: -44 imm: 0
	 463: StMemW dst: rfp src: r0 off: -40 imm: 0
	 464: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 465: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 466: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 467: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 468: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 469: OrImm dst: r1 imm: 67174656
	 470: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 471: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 472: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 473: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 474: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 475: StMemW dst: rfp src: r0 off: -32 imm: 0
	 476: StMemW dst: rfp src: r0 off: -16 imm: 0
	 477: StMemW dst: rfp src: r0 off: -28 imm: 0
	 478: StMemW dst: rfp src: r0 off: -12 imm: 0
	 479: StMemW dst: rfp src: r0 off: -24 imm: 0
	 480: StMemW dst: rfp src: r0 off: -8 imm: 0
	 481: Ja off: -1 <fam_done_43>
fam_v6_42:
	 482: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 483: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 484: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 485: OrImm dst: r1 imm: 100729088
	 486: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 487: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 488: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 489: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 490: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 491: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 492: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 493: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 494: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 495: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 496: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 497: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 498: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 499: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 500: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 501: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 502: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 503: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 505: MovReg dst: r2 src: rfp
	 506: AddImm dst: r2 imm: -64
	 507: MovImm dst: r3 imm: 60
	 508: MovImm dst: r4 imm: 0
	 509: Call FnRingbufOutput
	 510: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 511: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 512: StMemH dst: rfp src: r0 off: -168 imm: 0
	 513: StMemB dst: rfp src: r0 off: -166 imm: 1
	 514: StMemB dst: rfp src: r0 off: -165 imm: 1
	 515: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 516: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 517: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 518: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 519: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 520: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 521: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 522: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 523: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 524: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 525: StMemB dst: rfp src: r0 off: -203 imm: 0
	 526: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 527: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 528: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 529: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 530: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 531: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 532: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 533: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 534: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 535: StMemH dst: rfp src: r0 off: -202 imm: 0
	 536: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_47:
	 537: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 539: MovReg dst: r2 src: rfp
	 540: AddImm dst: r2 imm: -216
	 541: MovReg dst: r3 src: rfp
	 542: AddImm dst: r3 imm: -172
	 543: MovImm dst: r4 imm: 0
	 544: Call FnMapUpdateElem
	 545: Ja off: -1 <fam_done_46>
fam_v6_45:
	 546: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 547: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 548: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 549: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 550: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 551: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 552: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 553: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 554: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 555: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 556: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 557: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 558: StMemB dst: rfp src: r0 off: -179 imm: 0
	 559: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 560: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 561: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 562: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 563: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 564: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 565: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 566: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 567: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 568: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 569: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 570: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 571: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 572: StMemH dst: rfp src: r0 off: -178 imm: 0
	 573: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_ordered_49:
	 574: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 576: MovReg dst: r2 src: rfp
	 577: AddImm dst: r2 imm: -216
	 578: MovReg dst: r3 src: rfp
	 579: AddImm dst: r3 imm: -172
	 580: MovImm dst: r4 imm: 0
	 581: Call FnMapUpdateElem
fam_done_46:
	 582: MovImm dst: r0 imm: 0
	 583: Exit
malformed:
	    ; truncated or malformed header: drop
	 584: StMemW dst: rfp src: r0 off: -140 imm: 2
	 585: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 587: MovReg dst: r2 src: rfp
	 588: AddImm dst: r2 imm: -140
	 589: Call FnMapLookupElem
	 590: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 591: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 592: AddImm dst: r1 imm: 1
	 593: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 594: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 595: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 596: AddReg dst: r2 src: r1
	 597: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 598: MovImm dst: r0 imm: 2
	 599: Exit

