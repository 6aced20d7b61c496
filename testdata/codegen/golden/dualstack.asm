== subject-256 policy_ingress (section tcx/egress, enforced=true, 977 instructions)
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
	 360: JEqImm dst: r5 off: -1 imm: 58 <nd_6>
	 361: Ja off: -1 <l4done_6>
nd_6:
	    ; ICMPv6 without ICMP entries: only neighbor discovery is special (a header too short for a type is decided as before)
	 362: MovReg dst: r0 src: r4
	 363: AddImm dst: r0 imm: 1
	 364: JGTReg dst: r0 off: -1 src: r3 <l4done_6>
	 365: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 366: JLTImm dst: r1 off: -1 imm: 133 <l4done_6>
	 367: JLEImm dst: r1 off: -1 imm: 137 <neighbor>
	 368: Ja off: -1 <l4done_6>
tcp_6:
	 369: MovReg dst: r0 src: r4
	 370: AddImm dst: r0 imm: 20
	 371: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 372: Ja off: -1 <ports_6>
udp_6:
	 373: MovReg dst: r0 src: r4
	 374: AddImm dst: r0 imm: 8
	 375: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 376: Ja off: -1 <ports_6>
sctp_6:
	 377: MovReg dst: r0 src: r4
	 378: AddImm dst: r0 imm: 12
	 379: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 380: Ja off: -1 <ports_6>
ports_6:
	 381: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 382: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 383: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 384: SwapBE dst: r8 
	 385: Ja off: -1 <l4done_6>
l4done_6:
	 386: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 387: StMemB dst: rfp src: r0 off: -179 imm: 0
	 388: StMemH dst: rfp src: r0 off: -178 imm: 0
	 389: StMemW dst: rfp src: r0 off: -176 imm: 256
	 390: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 391: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 392: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 393: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 394: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 395: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 396: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 397: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 398: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 399: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 400: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 401: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 402: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 403: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 404: StMemB dst: rfp src: r0 off: -179 imm: 0
	 405: Ja off: -1 <ct_ordered_37>
ct_swap_38:
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
	 419: StMemB dst: rfp src: r0 off: -179 imm: 1
	 420: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 422: MovReg dst: r2 src: rfp
	 423: AddImm dst: r2 imm: -216
	 424: Call FnMapLookupElem
	 425: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 426: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 427: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 428: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 429: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 430: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 431: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 432: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 433: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 434: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 435: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 436: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 437: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 438: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 439: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 440: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 441: StMemH dst: rfp src: r0 off: -178 imm: 0
	 442: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 443: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 445: MovReg dst: r2 src: rfp
	 446: AddImm dst: r2 imm: -216
	 447: Call FnMapLookupElem
	 448: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 449: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 450: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 451: Ja off: -1 <ct_reply>
ct_miss_35:
	 452: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_skip_34:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 453: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 455: MovReg dst: r2 src: rfp
	 456: AddImm dst: r2 imm: -216
	 457: Call FnMapLookupElem
	 458: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 459: StMemW dst: rfp src: r0 off: -164 imm: 128
	 460: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 461: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 462: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 463: StXMemW dst: rfp src: r1 off: -156 imm: 0
	 464: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 465: StXMemW dst: rfp src: r1 off: -152 imm: 0
	 466: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 467: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 468: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 470: MovReg dst: r2 src: rfp
	 471: AddImm dst: r2 imm: -164
	 472: Call FnMapLookupElem
	 473: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 474: StMemW dst: rfp src: r0 off: -144 imm: 10
	 475: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 476: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	 477: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	 478: LShImm dst: r1 imm: 16
	 479: OrImm dst: r1 imm: 512
	 480: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
	 481: StMemW dst: rfp src: r0 off: -140 imm: 3
	 482: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 484: MovReg dst: r2 src: rfp
	 485: AddImm dst: r2 imm: -140
	 486: Call FnMapLookupElem
	 487: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 488: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 489: AddImm dst: r1 imm: 1
	 490: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 491: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 492: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 493: AddReg dst: r2 src: r1
	 494: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 495: MovImm dst: r0 imm: 0
	 496: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 497: StMemW dst: rfp src: r0 off: -140 imm: 4
	 498: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 500: MovReg dst: r2 src: rfp
	 501: AddImm dst: r2 imm: -140
	 502: Call FnMapLookupElem
	 503: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 504: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 505: AddImm dst: r1 imm: 1
	 506: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 507: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 508: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 509: AddReg dst: r2 src: r1
	 510: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 511: MovImm dst: r0 imm: 0
	 512: Exit
have_identity:
	 513: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 514: StXMemW dst: rfp src: r1 off: -144 imm: 0
	    ; ipcache hit: identity and the membership words the decision reads, from its value
	 515: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 516: StXMemW dst: rfp src: r1 off: -128 imm: 0
	 517: Ja off: -1 <words_ready>
membership:
	    ; selector membership of the world identity
	 518: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 520: MovReg dst: r2 src: rfp
	 521: AddImm dst: r2 imm: -144
	 522: Call FnMapLookupElem
	 523: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 524: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 525: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	 526: MovReg dst: r9 src: rfp
	 527: AddImm dst: r9 imm: -128
	 528: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 529: StMemW dst: rfp src: r0 off: -140 imm: 6
	 530: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 532: MovReg dst: r2 src: rfp
	 533: AddImm dst: r2 imm: -140
	 534: Call FnMapLookupElem
	 535: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 536: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 537: AddImm dst: r1 imm: 1
	 538: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 539: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 540: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 541: AddReg dst: r2 src: r1
	 542: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 543: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 544: MovReg dst: r1 src: r7
	 545: AndImm dst: r1 imm: 511
	 546: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 547: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 548: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 5 intervals
	 549: JGEImm dst: r8 off: -1 imm: 2 <ge_42>
	 550: JGEImm dst: r8 off: -1 imm: 1 <ge_43>
	 551: Ja off: -1 <class_0>
ge_43:
	 552: Ja off: -1 <class_1>
ge_42:
	 553: JGEImm dst: r8 off: -1 imm: 10000 <ge_44>
	 554: Ja off: -1 <class_0>
ge_44:
	 555: JGEImm dst: r8 off: -1 imm: 10001 <ge_45>
	 556: Ja off: -1 <class_2>
ge_45:
	 557: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 3 intervals
	 558: JGEImm dst: r8 off: -1 imm: 1 <ge_46>
	 559: Ja off: -1 <class_0>
ge_46:
	 560: JGEImm dst: r8 off: -1 imm: 1025 <ge_47>
	 561: Ja off: -1 <class_3>
ge_47:
	 562: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order []
	 563: Ja off: -1 <default>
class_1:
	    ; class 1: candidates in precedence order [4]
	 564: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 565: JSet32Imm dst: r1 off: -1 imm: 4 <c1_entry4_48>
	 566: Ja off: -1 <default>
c1_entry4_48:
	    ; entry 4 allow peer={reserved.host=} proto=6 ports=1-1: ns/random random.yaml:4:3
	 567: MovImm dst: r8 imm: 4
	 568: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [3]
	 569: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 570: JSet32Imm dst: r1 off: -1 imm: 1 <c2_entry3_49>
	 571: Ja off: -1 <default>
c2_entry3_49:
	    ; entry 3 allow peer={} proto=6 ports=10000-10000: ns/random random.yaml:3:3
	 572: MovImm dst: r8 imm: 3
	 573: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [1]
	 574: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 575: JSet32Imm dst: r1 off: -1 imm: 32 <c3_entry1_50>
	 576: Ja off: -1 <default>
c3_entry1_50:
	    ; entry 1 redirect peer={reserved.world=} proto=132 ports=1-1024: ns/random random.yaml:1:3
	 577: MovImm dst: r8 imm: 1
	 578: MovImm dst: r9 imm: 39738
	 579: Ja off: -1 <verdict_redirect>
default:
	    ; no entry matches: deny (enforced=true)
	 580: MovImm dst: r8 imm: 0
	 581: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 582: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 583: XorReg dst: r8 src: r1
	 584: XorReg dst: r8 src: r1
	 585: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 586: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 588: MovReg dst: r2 src: rfp
	 589: AddImm dst: r2 imm: -140
	 590: Call FnMapLookupElem
	 591: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 592: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 593: AddImm dst: r1 imm: 1
	 594: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 595: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 596: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 597: AddReg dst: r2 src: r1
	 598: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 599: StMemW dst: rfp src: r0 off: -60 imm: 256
	 600: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 601: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 602: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 603: StMemW dst: rfp src: r0 off: -44 imm: 0
	 604: StMemW dst: rfp src: r0 off: -40 imm: 0
	 605: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 606: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_52>
	 607: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 608: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 609: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 610: OrImm dst: r1 imm: 67108864
	 611: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 612: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 613: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 614: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 615: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 616: StMemW dst: rfp src: r0 off: -32 imm: 0
	 617: StMemW dst: rfp src: r0 off: -16 imm: 0
	 618: StMemW dst: rfp src: r0 off: -28 imm: 0
	 619: StMemW dst: rfp src: r0 off: -12 imm: 0
	 620: StMemW dst: rfp src: r0 off: -24 imm: 0
	 621: StMemW dst: rfp src: r0 off: -8 imm: 0
	 622: Ja off: -1 <fam_done_53>
fam_v6_52:
	 623: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 624: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 625: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 626: OrImm dst: r1 imm: 100663296
	 627: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 628: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 629: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 630: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 631: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 632: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 633: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 634: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 635: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 636: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 637: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 638: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 639: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 640: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 641: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 642: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 643: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_53:
	 644: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 646: MovReg dst: r2 src: rfp
	 647: AddImm dst: r2 imm: -64
	 648: MovImm dst: r3 imm: 60
	 649: MovImm dst: r4 imm: 0
	 650: Call FnRingbufOutput
	 651: MovImm dst: r0 imm: 2
	 652: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 653: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 654: XorReg dst: r8 src: r1
	 655: XorReg dst: r8 src: r1
	 656: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 657: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 659: MovReg dst: r2 src: rfp
	 660: AddImm dst: r2 imm: -140
	 661: Call FnMapLookupElem
	 662: JEqImm dst: r0 off: -1 imm: 0 <count_done_54>
	 663: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 664: AddImm dst: r1 imm: 1
	 665: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 666: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 667: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 668: AddReg dst: r2 src: r1
	 669: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_54:
	 670: StMemW dst: rfp src: r0 off: -60 imm: 256
	 671: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 672: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 673: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 674: StMemW dst: rfp src: r0 off: -44 imm: 0
	 675: StMemW dst: rfp src: r0 off: -40 imm: 0
	 676: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 677: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_55>
	 678: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 679: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 680: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 681: OrImm dst: r1 imm: 67109120
	 682: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 683: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 684: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 685: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 686: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 687: StMemW dst: rfp src: r0 off: -32 imm: 0
	 688: StMemW dst: rfp src: r0 off: -16 imm: 0
	 689: StMemW dst: rfp src: r0 off: -28 imm: 0
	 690: StMemW dst: rfp src: r0 off: -12 imm: 0
	 691: StMemW dst: rfp src: r0 off: -24 imm: 0
	 692: StMemW dst: rfp src: r0 off: -8 imm: 0
	 693: Ja off: -1 <fam_done_56>
fam_v6_55:
	 694: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 695: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 696: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 697: OrImm dst: r1 imm: 100663552
	 698: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 699: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 700: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 701: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 702: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 703: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 704: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 705: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 706: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 707: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 708: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 709: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 710: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 711: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 712: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 713: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 714: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_56:
	 715: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 717: MovReg dst: r2 src: rfp
	 718: AddImm dst: r2 imm: -64
	 719: MovImm dst: r3 imm: 60
	 720: MovImm dst: r4 imm: 0
	 721: Call FnRingbufOutput
	 722: JSetImm dst: r7 off: -1 imm: 512 <fam_done_59>
	 723: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 724: StMemH dst: rfp src: r0 off: -168 imm: 0
	 725: StMemB dst: rfp src: r0 off: -166 imm: 1
	 726: StMemB dst: rfp src: r0 off: -165 imm: 0
	 727: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 728: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_58>
	 729: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 730: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 731: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_60>
	 732: JGTReg dst: r1 off: -1 src: r2 <ct_swap_61>
	 733: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 734: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 735: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_60>
	 736: JGTReg dst: r1 off: -1 src: r2 <ct_swap_61>
	 737: StMemB dst: rfp src: r0 off: -203 imm: 0
	 738: Ja off: -1 <ct_ordered_60>
ct_swap_61:
	 739: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 740: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 741: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 742: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 743: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 744: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 745: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 746: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 747: StMemH dst: rfp src: r0 off: -202 imm: 0
	 748: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_60:
	 749: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 751: MovReg dst: r2 src: rfp
	 752: AddImm dst: r2 imm: -216
	 753: MovReg dst: r3 src: rfp
	 754: AddImm dst: r3 imm: -172
	 755: MovImm dst: r4 imm: 0
	 756: Call FnMapUpdateElem
	 757: Ja off: -1 <fam_done_59>
fam_v6_58:
	 758: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 759: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 760: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 761: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 762: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 763: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 764: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 765: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 766: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 767: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 768: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 769: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 770: StMemB dst: rfp src: r0 off: -179 imm: 0
	 771: Ja off: -1 <ct_ordered_62>
ct_swap_63:
	 772: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 773: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 774: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 775: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 776: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 777: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 778: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 779: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 780: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 781: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 782: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 783: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 784: StMemH dst: rfp src: r0 off: -178 imm: 0
	 785: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_62:
	 786: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 788: MovReg dst: r2 src: rfp
	 789: AddImm dst: r2 imm: -216
	 790: MovReg dst: r3 src: rfp
	 791: AddImm dst: r3 imm: -172
	 792: MovImm dst: r4 imm: 0
	 793: Call FnMapUpdateElem
fam_done_59:
	 794: MovImm dst: r0 imm: 0
	 795: Exit
verdict_redirect:
	    ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	 796: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 797: XorReg dst: r8 src: r1
	 798: XorReg dst: r8 src: r1
	 799: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 800: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 802: MovReg dst: r2 src: rfp
	 803: AddImm dst: r2 imm: -140
	 804: Call FnMapLookupElem
	 805: JEqImm dst: r0 off: -1 imm: 0 <count_done_64>
	 806: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 807: AddImm dst: r1 imm: 1
	 808: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 809: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 810: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 811: AddReg dst: r2 src: r1
	 812: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_64:
	 813: MovReg dst: r1 src: r9
	 814: LShImm dst: r1 imm: 16
	 815: OrImm dst: r1 imm: 512
	 816: StXMemW dst: r6 src: r1 off: 8 imm: 0
	 817: StMemW dst: rfp src: r0 off: -60 imm: 256
	 818: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 819: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 820: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 821: StMemW dst: rfp src: r0 off: -44 imm: 0
	 822: MovReg dst: r1 src: r9
	 823: AndImm dst: r1 imm: 65535
	 824: StXMemW dst: rfp src: r1 off: -40 imm: 0
	 825: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 826: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_65>
	 827: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 828: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 829: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 830: OrImm dst: r1 imm: 67109376
	 831: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 832: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 833: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 834: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 835: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 836: StMemW dst: rfp src: r0 off: -32 imm: 0
	 837: StMemW dst: rfp src: r0 off: -16 imm: 0
	 838: StMemW dst: rfp src: r0 off: -28 imm: 0
	 839: StMemW dst: rfp src: r0 off: -12 imm: 0
	 840: StMemW dst: rfp src: r0 off: -24 imm: 0
	 841: StMemW dst: rfp src: r0 off: -8 imm: 0
	 842: Ja off: -1 <fam_done_66>
fam_v6_65:
	 843: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 844: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 845: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 846: OrImm dst: r1 imm: 100663808
	 847: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 848: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 849: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 850: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 851: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 852: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 853: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 854: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 855: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 856: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 857: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 858: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 859: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 860: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 861: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 862: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 863: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_66:
	 864: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 866: MovReg dst: r2 src: rfp
	 867: AddImm dst: r2 imm: -64
	 868: MovImm dst: r3 imm: 60
	 869: MovImm dst: r4 imm: 0
	 870: Call FnRingbufOutput
	 871: JSetImm dst: r7 off: -1 imm: 512 <fam_done_69>
	 872: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 873: StXMemH dst: rfp src: r9 off: -168 imm: 0
	 874: StMemB dst: rfp src: r0 off: -166 imm: 2
	 875: StMemB dst: rfp src: r0 off: -165 imm: 0
	 876: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 877: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_68>
	 878: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 879: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 880: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_70>
	 881: JGTReg dst: r1 off: -1 src: r2 <ct_swap_71>
	 882: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 883: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 884: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_70>
	 885: JGTReg dst: r1 off: -1 src: r2 <ct_swap_71>
	 886: StMemB dst: rfp src: r0 off: -203 imm: 0
	 887: Ja off: -1 <ct_ordered_70>
ct_swap_71:
	 888: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 889: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 890: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 891: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 892: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 893: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 894: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 895: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 896: StMemH dst: rfp src: r0 off: -202 imm: 0
	 897: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_70:
	 898: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 900: MovReg dst: r2 src: rfp
	 901: AddImm dst: r2 imm: -216
	 902: MovReg dst: r3 src: rfp
	 903: AddImm dst: r3 imm: -172
	 904: MovImm dst: r4 imm: 0
	 905: Call FnMapUpdateElem
	 906: Ja off: -1 <fam_done_69>
fam_v6_68:
	 907: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 908: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 909: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_72>
	 910: JGTReg dst: r1 off: -1 src: r2 <ct_swap_73>
	 911: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 912: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 913: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_72>
	 914: JGTReg dst: r1 off: -1 src: r2 <ct_swap_73>
	 915: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 916: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 917: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_72>
	 918: JGTReg dst: r1 off: -1 src: r2 <ct_swap_73>
	 919: StMemB dst: rfp src: r0 off: -179 imm: 0
	 920: Ja off: -1 <ct_ordered_72>
ct_swap_73:
	 921: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 922: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 923: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 924: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 925: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 926: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 927: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 928: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 929: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 930: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 931: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 932: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 933: StMemH dst: rfp src: r0 off: -178 imm: 0
	 934: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_72:
	 935: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 937: MovReg dst: r2 src: rfp
	 938: AddImm dst: r2 imm: -216
	 939: MovReg dst: r3 src: rfp
	 940: AddImm dst: r3 imm: -172
	 941: MovImm dst: r4 imm: 0
	 942: Call FnMapUpdateElem
fam_done_69:
	 943: MovImm dst: r0 imm: 0
	 944: Exit
neighbor:
	    ; IPv6 neighbor discovery: pass without policy, like ARP
	 945: StMemW dst: rfp src: r0 off: -140 imm: 8
	 946: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 948: MovReg dst: r2 src: rfp
	 949: AddImm dst: r2 imm: -140
	 950: Call FnMapLookupElem
	 951: JEqImm dst: r0 off: -1 imm: 0 <count_done_74>
	 952: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 953: AddImm dst: r1 imm: 1
	 954: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 955: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 956: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 957: AddReg dst: r2 src: r1
	 958: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_74:
	 959: MovImm dst: r0 imm: 0
	 960: Exit
malformed:
	    ; truncated or malformed header: drop
	 961: StMemW dst: rfp src: r0 off: -140 imm: 2
	 962: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 964: MovReg dst: r2 src: rfp
	 965: AddImm dst: r2 imm: -140
	 966: Call FnMapLookupElem
	 967: JEqImm dst: r0 off: -1 imm: 0 <count_done_75>
	 968: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 969: AddImm dst: r1 imm: 1
	 970: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 971: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 972: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 973: AddReg dst: r2 src: r1
	 974: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_75:
	 975: MovImm dst: r0 imm: 2
	 976: Exit

== subject-256 policy_egress (section tcx/ingress, enforced=true, 846 instructions)
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
	 360: JEqImm dst: r5 off: -1 imm: 58 <nd_6>
	 361: Ja off: -1 <l4done_6>
nd_6:
	    ; ICMPv6 without ICMP entries: only neighbor discovery is special (a header too short for a type is decided as before)
	 362: MovReg dst: r0 src: r4
	 363: AddImm dst: r0 imm: 1
	 364: JGTReg dst: r0 off: -1 src: r3 <l4done_6>
	 365: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 366: JLTImm dst: r1 off: -1 imm: 133 <l4done_6>
	 367: JLEImm dst: r1 off: -1 imm: 137 <neighbor>
	 368: Ja off: -1 <l4done_6>
tcp_6:
	 369: MovReg dst: r0 src: r4
	 370: AddImm dst: r0 imm: 20
	 371: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 372: Ja off: -1 <ports_6>
udp_6:
	 373: MovReg dst: r0 src: r4
	 374: AddImm dst: r0 imm: 8
	 375: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 376: Ja off: -1 <ports_6>
sctp_6:
	 377: MovReg dst: r0 src: r4
	 378: AddImm dst: r0 imm: 12
	 379: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 380: Ja off: -1 <ports_6>
ports_6:
	 381: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 382: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 383: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 384: SwapBE dst: r8 
	 385: Ja off: -1 <l4done_6>
l4done_6:
	 386: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 387: StMemB dst: rfp src: r0 off: -179 imm: 1
	 388: StMemH dst: rfp src: r0 off: -178 imm: 0
	 389: StMemW dst: rfp src: r0 off: -176 imm: 256
	 390: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 391: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 392: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 393: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 394: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 395: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 396: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 397: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 398: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 399: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 400: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 401: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 402: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 403: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 404: StMemB dst: rfp src: r0 off: -179 imm: 0
	 405: Ja off: -1 <ct_ordered_37>
ct_swap_38:
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
	 419: StMemB dst: rfp src: r0 off: -179 imm: 0
	 420: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 422: MovReg dst: r2 src: rfp
	 423: AddImm dst: r2 imm: -216
	 424: Call FnMapLookupElem
	 425: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 426: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 427: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 428: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 429: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 430: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 431: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 432: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 433: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 434: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 435: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 436: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 437: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 438: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 439: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 440: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 441: StMemH dst: rfp src: r0 off: -178 imm: 0
	 442: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 443: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 445: MovReg dst: r2 src: rfp
	 446: AddImm dst: r2 imm: -216
	 447: Call FnMapLookupElem
	 448: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 449: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 450: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 451: Ja off: -1 <ct_reply>
ct_miss_35:
	 452: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_skip_34:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 453: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 455: MovReg dst: r2 src: rfp
	 456: AddImm dst: r2 imm: -200
	 457: Call FnMapLookupElem
	 458: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 459: StMemW dst: rfp src: r0 off: -164 imm: 128
	 460: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 461: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 462: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 463: StXMemW dst: rfp src: r1 off: -156 imm: 0
	 464: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 465: StXMemW dst: rfp src: r1 off: -152 imm: 0
	 466: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 467: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 468: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 470: MovReg dst: r2 src: rfp
	 471: AddImm dst: r2 imm: -164
	 472: Call FnMapLookupElem
	 473: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 474: StMemW dst: rfp src: r0 off: -144 imm: 10
	 475: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 476: StMemW dst: rfp src: r0 off: -140 imm: 3
	 477: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 479: MovReg dst: r2 src: rfp
	 480: AddImm dst: r2 imm: -140
	 481: Call FnMapLookupElem
	 482: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 483: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 484: AddImm dst: r1 imm: 1
	 485: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 486: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 487: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 488: AddReg dst: r2 src: r1
	 489: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 490: MovImm dst: r0 imm: 0
	 491: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 492: StMemW dst: rfp src: r0 off: -140 imm: 4
	 493: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 495: MovReg dst: r2 src: rfp
	 496: AddImm dst: r2 imm: -140
	 497: Call FnMapLookupElem
	 498: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 499: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 500: AddImm dst: r1 imm: 1
	 501: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 502: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 503: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 504: AddReg dst: r2 src: r1
	 505: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 506: MovImm dst: r0 imm: 0
	 507: Exit
have_identity:
	 508: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 509: StXMemW dst: rfp src: r1 off: -144 imm: 0
	    ; ipcache hit: identity and the membership words the decision reads, from its value
	 510: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 511: StXMemW dst: rfp src: r1 off: -128 imm: 0
	 512: Ja off: -1 <words_ready>
membership:
	    ; selector membership of the world identity
	 513: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 515: MovReg dst: r2 src: rfp
	 516: AddImm dst: r2 imm: -144
	 517: Call FnMapLookupElem
	 518: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 519: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 520: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	 521: MovReg dst: r9 src: rfp
	 522: AddImm dst: r9 imm: -128
	 523: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 524: StMemW dst: rfp src: r0 off: -140 imm: 6
	 525: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 527: MovReg dst: r2 src: rfp
	 528: AddImm dst: r2 imm: -140
	 529: Call FnMapLookupElem
	 530: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 531: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 532: AddImm dst: r1 imm: 1
	 533: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 534: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 535: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 536: AddReg dst: r2 src: r1
	 537: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 538: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 539: MovReg dst: r1 src: r7
	 540: AndImm dst: r1 imm: 511
	 541: JEqImm dst: r1 off: -1 imm: 1 <tree_1>
	 542: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 543: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 544: JEqImm dst: r1 off: -1 imm: 388 <class_4>
	 545: Ja off: -1 <class_0>
tree_1:
	    ; protocol 1: port compare tree over 5 intervals
	 546: JGEImm dst: r8 off: -1 imm: 129 <ge_42>
	 547: JGEImm dst: r8 off: -1 imm: 128 <ge_43>
	 548: Ja off: -1 <class_0>
ge_43:
	 549: Ja off: -1 <class_1>
ge_42:
	 550: JGEImm dst: r8 off: -1 imm: 135 <ge_44>
	 551: Ja off: -1 <class_0>
ge_44:
	 552: JGEImm dst: r8 off: -1 imm: 136 <ge_45>
	 553: Ja off: -1 <class_2>
ge_45:
	 554: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 3 intervals
	 555: JGEImm dst: r8 off: -1 imm: 22 <ge_46>
	 556: Ja off: -1 <class_0>
ge_46:
	 557: JGEImm dst: r8 off: -1 imm: 82 <ge_47>
	 558: Ja off: -1 <class_3>
ge_47:
	 559: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 1 intervals
	 560: Ja off: -1 <class_4>
class_0:
	    ; class 0: candidates in precedence order [5]
	 561: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 562: JSet32Imm dst: r1 off: -1 imm: 16 <c0_entry5_48>
	 563: Ja off: -1 <default>
c0_entry5_48:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 564: MovImm dst: r8 imm: 5
	 565: Ja off: -1 <verdict_deny>
class_1:
	    ; class 1: candidates in precedence order [5 8]
	 566: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 567: JSet32Imm dst: r1 off: -1 imm: 16 <c1_entry5_49>
	 568: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry8_50>
	 569: Ja off: -1 <default>
c1_entry5_49:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 570: MovImm dst: r8 imm: 5
	 571: Ja off: -1 <verdict_deny>
c1_entry8_50:
	    ; entry 8 allow peer={} proto=1 ports=128-128: ns/random random.yaml:8:3
	 572: MovImm dst: r8 imm: 8
	 573: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [5 9]
	 574: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 575: JSet32Imm dst: r1 off: -1 imm: 16 <c2_entry5_51>
	 576: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry9_52>
	 577: Ja off: -1 <default>
c2_entry5_51:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 578: MovImm dst: r8 imm: 5
	 579: Ja off: -1 <verdict_deny>
c2_entry9_52:
	    ; entry 9 allow peer={reserved.host=} proto=1 ports=135-135: ns/random random.yaml:9:3
	 580: MovImm dst: r8 imm: 9
	 581: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [5 6]
	 582: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 583: JSet32Imm dst: r1 off: -1 imm: 16 <c3_entry5_53>
	 584: JSet32Imm dst: r1 off: -1 imm: 1 <c3_entry6_54>
	 585: Ja off: -1 <default>
c3_entry5_53:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 586: MovImm dst: r8 imm: 5
	 587: Ja off: -1 <verdict_deny>
c3_entry6_54:
	    ; entry 6 deny peer={} proto=6 ports=22-81: ns/random random.yaml:6:3
	 588: MovImm dst: r8 imm: 6
	 589: Ja off: -1 <verdict_deny>
class_4:
	    ; class 4: candidates in precedence order [5 7]
	 590: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 591: JSet32Imm dst: r1 off: -1 imm: 16 <c4_entry5_55>
	 592: JSet32Imm dst: r1 off: -1 imm: 8 <c4_entry7_56>
	 593: Ja off: -1 <default>
c4_entry5_55:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 594: MovImm dst: r8 imm: 5
	 595: Ja off: -1 <verdict_deny>
c4_entry7_56:
	    ; entry 7 deny peer={k8s.app=b} proto=132 ports=0-65535: ns/random random.yaml:7:3
	 596: MovImm dst: r8 imm: 7
	 597: Ja off: -1 <verdict_deny>
default:
	    ; no entry matches: deny (enforced=true)
	 598: MovImm dst: r8 imm: 0
	 599: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 600: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 601: XorReg dst: r8 src: r1
	 602: XorReg dst: r8 src: r1
	 603: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 604: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 606: MovReg dst: r2 src: rfp
	 607: AddImm dst: r2 imm: -140
	 608: Call FnMapLookupElem
	 609: JEqImm dst: r0 off: -1 imm: 0 <count_done_57>
	 610: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 611: AddImm dst: r1 imm: 1
	 612: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 613: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 614: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 615: AddReg dst: r2 src: r1
	 616: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_57:
	 617: StMemW dst: rfp src: r0 off: -64 imm: 256
	 618: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 619: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 620: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 621: StMemW dst: rfp src: r0 off: -44 imm: 0
	 622: StMemW dst: rfp src: r0 off: -40 imm: 0
	 623: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 624: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_58>
	 625: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 626: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 627: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 628: OrImm dst: r1 imm: 67174400
	 629: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 630: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 631: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 632: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 633: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 634: StMemW dst: rfp src: r0 off: -32 imm: 0
	 635: StMemW dst: rfp src: r0 off: -16 imm: 0
	 636: StMemW dst: rfp src: r0 off: -28 imm: 0
	 637: StMemW dst: rfp src: r0 off: -12 imm: 0
	 638: StMemW dst: rfp src: r0 off: -24 imm: 0
	 639: StMemW dst: rfp src: r0 off: -8 imm: 0
	 640: Ja off: -1 <fam_done_59>
fam_v6_58:
	 641: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 642: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 643: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 644: OrImm dst: r1 imm: 100728832
	 645: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 646: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 647: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 648: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 649: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 650: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 651: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 652: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 653: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 654: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 655: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 656: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 657: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 658: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 659: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 660: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 661: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_59:
	 662: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 664: MovReg dst: r2 src: rfp
	 665: AddImm dst: r2 imm: -64
	 666: MovImm dst: r3 imm: 60
	 667: MovImm dst: r4 imm: 0
	 668: Call FnRingbufOutput
	 669: MovImm dst: r0 imm: 2
	 670: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 671: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 672: XorReg dst: r8 src: r1
	 673: XorReg dst: r8 src: r1
	 674: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 675: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 677: MovReg dst: r2 src: rfp
	 678: AddImm dst: r2 imm: -140
	 679: Call FnMapLookupElem
	 680: JEqImm dst: r0 off: -1 imm: 0 <count_done_60>
	 681: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 682: AddImm dst: r1 imm: 1
	 683: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 684: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 685: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 686: AddReg dst: r2 src: r1
	 687: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_60:
	 688: StMemW dst: rfp src: r0 off: -64 imm: 256
	 689: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 690: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 691: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 692: StMemW dst: rfp src: r0 off: -44 imm: 0
	 693: StMemW dst: rfp src: r0 off: -40 imm: 0
	 694: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 695: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_61>
	 696: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 697: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 698: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 699: OrImm dst: r1 imm: 67174656
	 700: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 701: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 702: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 703: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 704: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 705: StMemW dst: rfp src: r0 off: -32 imm: 0
	 706: StMemW dst: rfp src: r0 off: -16 imm: 0
	 707: StMemW dst: rfp src: r0 off: -28 imm: 0
	 708: StMemW dst: rfp src: r0 off: -12 imm: 0
	 709: StMemW dst: rfp src: r0 off: -24 imm: 0
	 710: StMemW dst: rfp src: r0 off: -8 imm: 0
	 711: Ja off: -1 <fam_done_62>
fam_v6_61:
	 712: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 713: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 714: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 715: OrImm dst: r1 imm: 100729088
	 716: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 717: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 718: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 719: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 720: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 721: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 722: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 723: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 724: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 725: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 726: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 727: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 728: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 729: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 730: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 731: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 732: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_62:
	 733: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 735: MovReg dst: r2 src: rfp
	 736: AddImm dst: r2 imm: -64
	 737: MovImm dst: r3 imm: 60
	 738: MovImm dst: r4 imm: 0
	 739: Call FnRingbufOutput
	 740: JSetImm dst: r7 off: -1 imm: 512 <fam_done_65>
	 741: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 742: StMemH dst: rfp src: r0 off: -168 imm: 0
	 743: StMemB dst: rfp src: r0 off: -166 imm: 1
	 744: StMemB dst: rfp src: r0 off: -165 imm: 1
	 745: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 746: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_64>
	 747: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 748: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 749: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_66>
	 750: JGTReg dst: r1 off: -1 src: r2 <ct_swap_67>
	 751: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 752: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 753: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_66>
	 754: JGTReg dst: r1 off: -1 src: r2 <ct_swap_67>
	 755: StMemB dst: rfp src: r0 off: -203 imm: 0
	 756: Ja off: -1 <ct_ordered_66>
ct_swap_67:
	 757: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 758: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 759: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 760: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 761: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 762: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 763: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 764: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 765: StMemH dst: rfp src: r0 off: -202 imm: 0
	 766: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_66:
	 767: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 769: MovReg dst: r2 src: rfp
	 770: AddImm dst: r2 imm: -216
	 771: MovReg dst: r3 src: rfp
	 772: AddImm dst: r3 imm: -172
	 773: MovImm dst: r4 imm: 0
	 774: Call FnMapUpdateElem
	 775: Ja off: -1 <fam_done_65>
fam_v6_64:
	 776: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 777: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 778: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_68>
	 779: JGTReg dst: r1 off: -1 src: r2 <ct_swap_69>
	 780: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 781: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 782: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_68>
	 783: JGTReg dst: r1 off: -1 src: r2 <ct_swap_69>
	 784: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 785: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 786: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_68>
	 787: JGTReg dst: r1 off: -1 src: r2 <ct_swap_69>
	 788: StMemB dst: rfp src: r0 off: -179 imm: 0
	 789: Ja off: -1 <ct_ordered_68>
ct_swap_69:
	 790: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 791: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 792: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 793: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 794: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 795: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 796: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 797: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 798: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 799: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 800: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 801: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 802: StMemH dst: rfp src: r0 off: -178 imm: 0
	 803: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_ordered_68:
	 804: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 806: MovReg dst: r2 src: rfp
	 807: AddImm dst: r2 imm: -216
	 808: MovReg dst: r3 src: rfp
	 809: AddImm dst: r3 imm: -172
	 810: MovImm dst: r4 imm: 0
	 811: Call FnMapUpdateElem
fam_done_65:
	 812: MovImm dst: r0 imm: 0
	 813: Exit
neighbor:
	    ; IPv6 neighbor discovery: pass without policy, like ARP
	 814: StMemW dst: rfp src: r0 off: -140 imm: 8
	 815: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 817: MovReg dst: r2 src: rfp
	 818: AddImm dst: r2 imm: -140
	 819: Call FnMapLookupElem
	 820: JEqImm dst: r0 off: -1 imm: 0 <count_done_70>
	 821: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 822: AddImm dst: r1 imm: 1
	 823: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 824: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 825: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 826: AddReg dst: r2 src: r1
	 827: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_70:
	 828: MovImm dst: r0 imm: 0
	 829: Exit
malformed:
	    ; truncated or malformed header: drop
	 830: StMemW dst: rfp src: r0 off: -140 imm: 2
	 831: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 833: MovReg dst: r2 src: rfp
	 834: AddImm dst: r2 imm: -140
	 835: Call FnMapLookupElem
	 836: JEqImm dst: r0 off: -1 imm: 0 <count_done_71>
	 837: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 838: AddImm dst: r1 imm: 1
	 839: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 840: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 841: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 842: AddReg dst: r2 src: r1
	 843: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_71:
	 844: MovImm dst: r0 imm: 2
	 845: Exit

== subject-257 policy_ingress (section tcx/egress, enforced=false, 634 instructions)
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
	 330: JEqImm dst: r5 off: -1 imm: 58 <nd_6>
	 331: Ja off: -1 <l4done_6>
nd_6:
	    ; ICMPv6 without ICMP entries: only neighbor discovery is special (a header too short for a type is decided as before)
	 332: MovReg dst: r0 src: r4
	 333: AddImm dst: r0 imm: 1
	 334: JGTReg dst: r0 off: -1 src: r3 <l4done_6>
	 335: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 336: JLTImm dst: r1 off: -1 imm: 133 <l4done_6>
	 337: JLEImm dst: r1 off: -1 imm: 137 <neighbor>
	 338: Ja off: -1 <l4done_6>
tcp_6:
	 339: MovReg dst: r0 src: r4
	 340: AddImm dst: r0 imm: 20
	 341: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 342: Ja off: -1 <ports_6>
udp_6:
	 343: MovReg dst: r0 src: r4
	 344: AddImm dst: r0 imm: 8
	 345: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 346: Ja off: -1 <ports_6>
sctp_6:
	 347: MovReg dst: r0 src: r4
	 348: AddImm dst: r0 imm: 12
	 349: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 350: Ja off: -1 <ports_6>
ports_6:
	 351: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 352: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 353: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 354: SwapBE dst: r8 
	 355: Ja off: -1 <l4done_6>
l4done_6:
	 356: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 357: StMemB dst: rfp src: r0 off: -179 imm: 0
	 358: StMemH dst: rfp src: r0 off: -178 imm: 0
	 359: StMemW dst: rfp src: r0 off: -176 imm: 257
	 360: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 361: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 362: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 363: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 364: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 365: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 366: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 367: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 368: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 369: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 370: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 371: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 372: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 373: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 374: StMemB dst: rfp src: r0 off: -179 imm: 0
	 375: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 376: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 377: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 378: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 379: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 380: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 381: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 382: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 383: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 384: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 385: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 386: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 387: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 388: StMemH dst: rfp src: r0 off: -178 imm: 0
	 389: StMemB dst: rfp src: r0 off: -179 imm: 1
	 390: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 392: MovReg dst: r2 src: rfp
	 393: AddImm dst: r2 imm: -216
	 394: Call FnMapLookupElem
	 395: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 396: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 397: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 398: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 399: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 400: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 401: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 402: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 403: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 404: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 405: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 406: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 407: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 408: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 409: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 410: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 411: StMemH dst: rfp src: r0 off: -178 imm: 0
	 412: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 413: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 415: MovReg dst: r2 src: rfp
	 416: AddImm dst: r2 imm: -216
	 417: Call FnMapLookupElem
	 418: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 419: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 420: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 421: Ja off: -1 <ct_reply>
ct_miss_35:
	 422: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_skip_34:
	 423: StMemW dst: rfp src: r0 off: -144 imm: 0
	 424: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 425: StMemW dst: rfp src: r0 off: -140 imm: 3
	 426: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 428: MovReg dst: r2 src: rfp
	 429: AddImm dst: r2 imm: -140
	 430: Call FnMapLookupElem
	 431: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 432: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 433: AddImm dst: r1 imm: 1
	 434: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 435: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 436: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 437: AddReg dst: r2 src: r1
	 438: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 439: MovImm dst: r0 imm: 0
	 440: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 441: StMemW dst: rfp src: r0 off: -140 imm: 4
	 442: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 444: MovReg dst: r2 src: rfp
	 445: AddImm dst: r2 imm: -140
	 446: Call FnMapLookupElem
	 447: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 448: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 449: AddImm dst: r1 imm: 1
	 450: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 451: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 452: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 453: AddReg dst: r2 src: r1
	 454: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 455: MovImm dst: r0 imm: 0
	 456: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 457: MovImm dst: r8 imm: 0
	 458: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 459: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 460: XorReg dst: r8 src: r1
	 461: XorReg dst: r8 src: r1
	 462: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 463: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 465: MovReg dst: r2 src: rfp
	 466: AddImm dst: r2 imm: -140
	 467: Call FnMapLookupElem
	 468: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 469: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 470: AddImm dst: r1 imm: 1
	 471: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 472: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 473: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 474: AddReg dst: r2 src: r1
	 475: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 476: StMemW dst: rfp src: r0 off: -60 imm: 257
	 477: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 478: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 479: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 480: StMemW dst: rfp src: r0 off: -44 imm: 0
	 481: StMemW dst: rfp src: r0 off: -40 imm: 0
	 482: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 483: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 484: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 485: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 486: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 487: OrImm dst: r1 imm: 67109120
	 488: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 489: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 490: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 491: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 492: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 493: StMemW dst: rfp src: r0 off: -32 imm: 0
	 494: StMemW dst: rfp src: r0 off: -16 imm: 0
	 495: StMemW dst: rfp src: r0 off: -28 imm: 0
	 496: StMemW dst: rfp src: r0 off: -12 imm: 0
	 497: StMemW dst: rfp src: r0 off: -24 imm: 0
	 498: StMemW dst: rfp src: r0 off: -8 imm: 0
	 499: Ja off: -1 <fam_done_43>
fam_v6_42:
	 500: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 501: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 502: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 503: OrImm dst: r1 imm: 100663552
	 504: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 505: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 506: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 507: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 508: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 509: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 510: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 511: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 512: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 513: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 514: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 515: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 516: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 517: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 518: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 519: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 520: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 521: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 523: MovReg dst: r2 src: rfp
	 524: AddImm dst: r2 imm: -64
	 525: MovImm dst: r3 imm: 60
	 526: MovImm dst: r4 imm: 0
	 527: Call FnRingbufOutput
	 528: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 529: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 530: StMemH dst: rfp src: r0 off: -168 imm: 0
	 531: StMemB dst: rfp src: r0 off: -166 imm: 1
	 532: StMemB dst: rfp src: r0 off: -165 imm: 0
	 533: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 534: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 535: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 536: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 537: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 538: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 539: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 540: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 541: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 542: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 543: StMemB dst: rfp src: r0 off: -203 imm: 0
	 544: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 545: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 546: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 547: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 548: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 549: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 550: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 551: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 552: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 553: StMemH dst: rfp src: r0 off: -202 imm: 0
	 554: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_47:
	 555: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 557: MovReg dst: r2 src: rfp
	 558: AddImm dst: r2 imm: -216
	 559: MovReg dst: r3 src: rfp
	 560: AddImm dst: r3 imm: -172
	 561: MovImm dst: r4 imm: 0
	 562: Call FnMapUpdateElem
	 563: Ja off: -1 <fam_done_46>
fam_v6_45:
	 564: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 565: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 566: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 567: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 568: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 569: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 570: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 571: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 572: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 573: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 574: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 575: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 576: StMemB dst: rfp src: r0 off: -179 imm: 0
	 577: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 578: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 579: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 580: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 581: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 582: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 583: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 584: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 585: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 586: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 587: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 588: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 589: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 590: StMemH dst: rfp src: r0 off: -178 imm: 0
	 591: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_49:
	 592: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 594: MovReg dst: r2 src: rfp
	 595: AddImm dst: r2 imm: -216
	 596: MovReg dst: r3 src: rfp
	 597: AddImm dst: r3 imm: -172
	 598: MovImm dst: r4 imm: 0
	 599: Call FnMapUpdateElem
fam_done_46:
	 600: MovImm dst: r0 imm: 0
	 601: Exit
neighbor:
	    ; IPv6 neighbor discovery: pass without policy, like ARP
	 602: StMemW dst: rfp src: r0 off: -140 imm: 8
	 603: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 605: MovReg dst: r2 src: rfp
	 606: AddImm dst: r2 imm: -140
	 607: Call FnMapLookupElem
	 608: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 609: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 610: AddImm dst: r1 imm: 1
	 611: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 612: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 613: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 614: AddReg dst: r2 src: r1
	 615: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 616: MovImm dst: r0 imm: 0
	 617: Exit
malformed:
	    ; truncated or malformed header: drop
	 618: StMemW dst: rfp src: r0 off: -140 imm: 2
	 619: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 621: MovReg dst: r2 src: rfp
	 622: AddImm dst: r2 imm: -140
	 623: Call FnMapLookupElem
	 624: JEqImm dst: r0 off: -1 imm: 0 <count_done_52>
	 625: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 626: AddImm dst: r1 imm: 1
	 627: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 628: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 629: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 630: AddReg dst: r2 src: r1
	 631: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_52:
	 632: MovImm dst: r0 imm: 2
	 633: Exit

== subject-257 policy_egress (section tcx/ingress, enforced=true, 816 instructions)
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
	 345: JEqImm dst: r5 off: -1 imm: 58 <nd_6>
	 346: Ja off: -1 <l4done_6>
nd_6:
	    ; ICMPv6 without ICMP entries: only neighbor discovery is special (a header too short for a type is decided as before)
	 347: MovReg dst: r0 src: r4
	 348: AddImm dst: r0 imm: 1
	 349: JGTReg dst: r0 off: -1 src: r3 <l4done_6>
	 350: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 351: JLTImm dst: r1 off: -1 imm: 133 <l4done_6>
	 352: JLEImm dst: r1 off: -1 imm: 137 <neighbor>
	 353: Ja off: -1 <l4done_6>
tcp_6:
	 354: MovReg dst: r0 src: r4
	 355: AddImm dst: r0 imm: 20
	 356: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 357: Ja off: -1 <ports_6>
udp_6:
	 358: MovReg dst: r0 src: r4
	 359: AddImm dst: r0 imm: 8
	 360: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 361: Ja off: -1 <ports_6>
sctp_6:
	 362: MovReg dst: r0 src: r4
	 363: AddImm dst: r0 imm: 12
	 364: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 365: Ja off: -1 <ports_6>
ports_6:
	 366: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 367: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 368: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 369: SwapBE dst: r8 
	 370: Ja off: -1 <l4done_6>
l4done_6:
	 371: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 372: StMemB dst: rfp src: r0 off: -179 imm: 1
	 373: StMemH dst: rfp src: r0 off: -178 imm: 0
	 374: StMemW dst: rfp src: r0 off: -176 imm: 257
	 375: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 376: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 377: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 378: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 379: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 380: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 381: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 382: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 383: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 384: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 385: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 386: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 387: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 388: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 389: StMemB dst: rfp src: r0 off: -179 imm: 0
	 390: Ja off: -1 <ct_ordered_37>
ct_swap_38:
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
	 404: StMemB dst: rfp src: r0 off: -179 imm: 0
	 405: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 407: MovReg dst: r2 src: rfp
	 408: AddImm dst: r2 imm: -216
	 409: Call FnMapLookupElem
	 410: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 411: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 412: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 413: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 414: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 415: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 416: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 417: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 418: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 419: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 420: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 421: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 422: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 423: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 424: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 425: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 426: StMemH dst: rfp src: r0 off: -178 imm: 0
	 427: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 428: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 430: MovReg dst: r2 src: rfp
	 431: AddImm dst: r2 imm: -216
	 432: Call FnMapLookupElem
	 433: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 434: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 435: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 436: Ja off: -1 <ct_reply>
ct_miss_35:
	 437: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_skip_34:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 438: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 440: MovReg dst: r2 src: rfp
	 441: AddImm dst: r2 imm: -200
	 442: Call FnMapLookupElem
	 443: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 444: StMemW dst: rfp src: r0 off: -164 imm: 128
	 445: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 446: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 447: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 448: StXMemW dst: rfp src: r1 off: -156 imm: 0
	 449: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 450: StXMemW dst: rfp src: r1 off: -152 imm: 0
	 451: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 452: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 453: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 455: MovReg dst: r2 src: rfp
	 456: AddImm dst: r2 imm: -164
	 457: Call FnMapLookupElem
	 458: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 459: StMemW dst: rfp src: r0 off: -144 imm: 10
	 460: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 461: StMemW dst: rfp src: r0 off: -140 imm: 3
	 462: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 464: MovReg dst: r2 src: rfp
	 465: AddImm dst: r2 imm: -140
	 466: Call FnMapLookupElem
	 467: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 468: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 469: AddImm dst: r1 imm: 1
	 470: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 471: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 472: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 473: AddReg dst: r2 src: r1
	 474: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 475: MovImm dst: r0 imm: 0
	 476: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 477: StMemW dst: rfp src: r0 off: -140 imm: 4
	 478: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 480: MovReg dst: r2 src: rfp
	 481: AddImm dst: r2 imm: -140
	 482: Call FnMapLookupElem
	 483: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 484: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 485: AddImm dst: r1 imm: 1
	 486: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 487: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 488: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 489: AddReg dst: r2 src: r1
	 490: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 491: MovImm dst: r0 imm: 0
	 492: Exit
have_identity:
	 493: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 494: StXMemW dst: rfp src: r1 off: -144 imm: 0
	    ; ipcache hit: identity and the membership words the decision reads, from its value
	 495: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 496: StXMemW dst: rfp src: r1 off: -128 imm: 0
	 497: Ja off: -1 <words_ready>
membership:
	    ; selector membership of the world identity
	 498: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 500: MovReg dst: r2 src: rfp
	 501: AddImm dst: r2 imm: -144
	 502: Call FnMapLookupElem
	 503: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 504: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 505: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	 506: MovReg dst: r9 src: rfp
	 507: AddImm dst: r9 imm: -128
	 508: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 509: StMemW dst: rfp src: r0 off: -140 imm: 6
	 510: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 512: MovReg dst: r2 src: rfp
	 513: AddImm dst: r2 imm: -140
	 514: Call FnMapLookupElem
	 515: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 516: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 517: AddImm dst: r1 imm: 1
	 518: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 519: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 520: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 521: AddReg dst: r2 src: r1
	 522: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 523: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 524: MovReg dst: r1 src: r7
	 525: AndImm dst: r1 imm: 511
	 526: JEqImm dst: r1 off: -1 imm: 17 <tree_17>
	 527: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 528: Ja off: -1 <class_0>
tree_17:
	    ; protocol 17: port compare tree over 4 intervals
	 529: JGEImm dst: r8 off: -1 imm: 10000 <ge_42>
	 530: JGEImm dst: r8 off: -1 imm: 1023 <ge_43>
	 531: Ja off: -1 <class_0>
ge_43:
	 532: Ja off: -1 <class_1>
ge_42:
	 533: JGEImm dst: r8 off: -1 imm: 10001 <ge_44>
	 534: Ja off: -1 <class_2>
ge_44:
	 535: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 2 intervals
	 536: JGEImm dst: r8 off: -1 imm: 80 <ge_45>
	 537: Ja off: -1 <class_3>
ge_45:
	 538: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order [13]
	 539: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 540: JSet32Imm dst: r1 off: -1 imm: 4 <c0_entry13_46>
	 541: Ja off: -1 <default>
c0_entry13_46:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 542: MovImm dst: r8 imm: 13
	 543: Ja off: -1 <verdict_deny>
class_1:
	    ; class 1: candidates in precedence order [13 11]
	 544: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 545: JSet32Imm dst: r1 off: -1 imm: 4 <c1_entry13_47>
	 546: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry11_48>
	 547: Ja off: -1 <default>
c1_entry13_47:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 548: MovImm dst: r8 imm: 13
	 549: Ja off: -1 <verdict_deny>
c1_entry11_48:
	    ; entry 11 allow peer={} proto=17 ports=1023-9999: ns/random random.yaml:11:3
	 550: MovImm dst: r8 imm: 11
	 551: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [13 10]
	 552: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 553: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry13_49>
	 554: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry10_50>
	 555: Ja off: -1 <default>
c2_entry13_49:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 556: MovImm dst: r8 imm: 13
	 557: Ja off: -1 <verdict_deny>
c2_entry10_50:
	    ; entry 10 allow peer={reserved.host=} proto=17 ports=10000-10000: ns/random random.yaml:10:3
	 558: MovImm dst: r8 imm: 10
	 559: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [13 12]
	 560: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 561: JSet32Imm dst: r1 off: -1 imm: 4 <c3_entry13_51>
	 562: JSet32Imm dst: r1 off: -1 imm: 16 <c3_entry12_52>
	 563: Ja off: -1 <default>
c3_entry13_51:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 564: MovImm dst: r8 imm: 13
	 565: Ja off: -1 <verdict_deny>
c3_entry12_52:
	    ; entry 12 allow peer={!any.env} proto=132 ports=0-79: ns/random random.yaml:12:3
	 566: MovImm dst: r8 imm: 12
	 567: Ja off: -1 <verdict_allow>
default:
	    ; no entry matches: deny (enforced=true)
	 568: MovImm dst: r8 imm: 0
	 569: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 570: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 571: XorReg dst: r8 src: r1
	 572: XorReg dst: r8 src: r1
	 573: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 574: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 576: MovReg dst: r2 src: rfp
	 577: AddImm dst: r2 imm: -140
	 578: Call FnMapLookupElem
	 579: JEqImm dst: r0 off: -1 imm: 0 <count_done_53>
	 580: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 581: AddImm dst: r1 imm: 1
	 582: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 583: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 584: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 585: AddReg dst: r2 src: r1
	 586: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_53:
	 587: StMemW dst: rfp src: r0 off: -64 imm: 257
	 588: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 589: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 590: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 591: StMemW dst: rfp src: r0 off: -44 imm: 0
	 592: StMemW dst: rfp src: r0 off: -40 imm: 0
	 593: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 594: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_54>
	 595: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 596: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 597: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 598: OrImm dst: r1 imm: 67174400
	 599: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 600: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 601: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 602: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 603: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 604: StMemW dst: rfp src: r0 off: -32 imm: 0
	 605: StMemW dst: rfp src: r0 off: -16 imm: 0
	 606: StMemW dst: rfp src: r0 off: -28 imm: 0
	 607: StMemW dst: rfp src: r0 off: -12 imm: 0
	 608: StMemW dst: rfp src: r0 off: -24 imm: 0
	 609: StMemW dst: rfp src: r0 off: -8 imm: 0
	 610: Ja off: -1 <fam_done_55>
fam_v6_54:
	 611: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 612: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 613: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 614: OrImm dst: r1 imm: 100728832
	 615: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 616: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 617: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 618: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 619: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 620: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 621: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 622: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 623: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 624: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 625: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 626: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 627: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 628: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 629: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 630: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 631: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_55:
	 632: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 634: MovReg dst: r2 src: rfp
	 635: AddImm dst: r2 imm: -64
	 636: MovImm dst: r3 imm: 60
	 637: MovImm dst: r4 imm: 0
	 638: Call FnRingbufOutput
	 639: MovImm dst: r0 imm: 2
	 640: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 641: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 642: XorReg dst: r8 src: r1
	 643: XorReg dst: r8 src: r1
	 644: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 645: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 647: MovReg dst: r2 src: rfp
	 648: AddImm dst: r2 imm: -140
	 649: Call FnMapLookupElem
	 650: JEqImm dst: r0 off: -1 imm: 0 <count_done_56>
	 651: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 652: AddImm dst: r1 imm: 1
	 653: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 654: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 655: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 656: AddReg dst: r2 src: r1
	 657: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_56:
	 658: StMemW dst: rfp src: r0 off: -64 imm: 257
	 659: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 660: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 661: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 662: StMemW dst: rfp src: r0 off: -44 imm: 0
	 663: StMemW dst: rfp src: r0 off: -40 imm: 0
	 664: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 665: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_57>
	 666: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 667: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 668: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 669: OrImm dst: r1 imm: 67174656
	 670: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 671: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 672: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 673: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 674: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 675: StMemW dst: rfp src: r0 off: -32 imm: 0
	 676: StMemW dst: rfp src: r0 off: -16 imm: 0
	 677: StMemW dst: rfp src: r0 off: -28 imm: 0
	 678: StMemW dst: rfp src: r0 off: -12 imm: 0
	 679: StMemW dst: rfp src: r0 off: -24 imm: 0
	 680: StMemW dst: rfp src: r0 off: -8 imm: 0
	 681: Ja off: -1 <fam_done_58>
fam_v6_57:
	 682: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 683: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 684: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 685: OrImm dst: r1 imm: 100729088
	 686: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 687: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 688: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 689: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 690: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 691: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 692: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 693: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 694: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 695: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 696: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 697: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 698: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 699: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 700: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 701: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 702: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_58:
	 703: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 705: MovReg dst: r2 src: rfp
	 706: AddImm dst: r2 imm: -64
	 707: MovImm dst: r3 imm: 60
	 708: MovImm dst: r4 imm: 0
	 709: Call FnRingbufOutput
	 710: JSetImm dst: r7 off: -1 imm: 512 <fam_done_61>
	 711: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 712: StMemH dst: rfp src: r0 off: -168 imm: 0
	 713: StMemB dst: rfp src: r0 off: -166 imm: 1
	 714: StMemB dst: rfp src: r0 off: -165 imm: 1
	 715: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 716: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_60>
	 717: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 718: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 719: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 720: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 721: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 722: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 723: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 724: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 725: StMemB dst: rfp src: r0 off: -203 imm: 0
	 726: Ja off: -1 <ct_ordered_62>
ct_swap_63:
	 727: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 728: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 729: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 730: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 731: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 732: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 733: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 734: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 735: StMemH dst: rfp src: r0 off: -202 imm: 0
	 736: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_62:
	 737: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 739: MovReg dst: r2 src: rfp
	 740: AddImm dst: r2 imm: -216
	 741: MovReg dst: r3 src: rfp
	 742: AddImm dst: r3 imm: -172
	 743: MovImm dst: r4 imm: 0
	 744: Call FnMapUpdateElem
	 745: Ja off: -1 <fam_done_61>
fam_v6_60:
	 746: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 747: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 748: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_64>
	 749: JGTReg dst: r1 off: -1 src: r2 <ct_swap_65>
	 750: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 751: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 752: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_64>
	 753: JGTReg dst: r1 off: -1 src: r2 <ct_swap_65>
	 754: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 755: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 756: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_64>
	 757: JGTReg dst: r1 off: -1 src: r2 <ct_swap_65>
	 758: StMemB dst: rfp src: r0 off: -179 imm: 0
	 759: Ja off: -1 <ct_ordered_64>
ct_swap_65:
	 760: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 761: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 762: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 763: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 764: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 765: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 766: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 767: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 768: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 769: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 770: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 771: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 772: StMemH dst: rfp src: r0 off: -178 imm: 0
	 773: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_ordered_64:
	 774: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 776: MovReg dst: r2 src: rfp
	 777: AddImm dst: r2 imm: -216
	 778: MovReg dst: r3 src: rfp
	 779: AddImm dst: r3 imm: -172
	 780: MovImm dst: r4 imm: 0
	 781: Call FnMapUpdateElem
fam_done_61:
	 782: MovImm dst: r0 imm: 0
	 783: Exit
neighbor:
	    ; IPv6 neighbor discovery: pass without policy, like ARP
	 784: StMemW dst: rfp src: r0 off: -140 imm: 8
	 785: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 787: MovReg dst: r2 src: rfp
	 788: AddImm dst: r2 imm: -140
	 789: Call FnMapLookupElem
	 790: JEqImm dst: r0 off: -1 imm: 0 <count_done_66>
	 791: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 792: AddImm dst: r1 imm: 1
	 793: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 794: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 795: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 796: AddReg dst: r2 src: r1
	 797: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_66:
	 798: MovImm dst: r0 imm: 0
	 799: Exit
malformed:
	    ; truncated or malformed header: drop
	 800: StMemW dst: rfp src: r0 off: -140 imm: 2
	 801: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 803: MovReg dst: r2 src: rfp
	 804: AddImm dst: r2 imm: -140
	 805: Call FnMapLookupElem
	 806: JEqImm dst: r0 off: -1 imm: 0 <count_done_67>
	 807: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 808: AddImm dst: r1 imm: 1
	 809: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 810: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 811: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 812: AddReg dst: r2 src: r1
	 813: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_67:
	 814: MovImm dst: r0 imm: 2
	 815: Exit

== subject-258 policy_ingress (section tcx/egress, enforced=false, 624 instructions)
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
	 324: JEqImm dst: r5 off: -1 imm: 58 <nd_6>
	 325: Ja off: -1 <l4done_6>
nd_6:
	    ; ICMPv6 without ICMP entries: only neighbor discovery is special (a header too short for a type is decided as before)
	 326: MovReg dst: r0 src: r4
	 327: AddImm dst: r0 imm: 1
	 328: JGTReg dst: r0 off: -1 src: r3 <l4done_6>
	 329: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 330: JLTImm dst: r1 off: -1 imm: 133 <l4done_6>
	 331: JLEImm dst: r1 off: -1 imm: 137 <neighbor>
	 332: Ja off: -1 <l4done_6>
tcp_6:
	 333: MovReg dst: r0 src: r4
	 334: AddImm dst: r0 imm: 20
	 335: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 336: Ja off: -1 <ports_6>
udp_6:
	 337: MovReg dst: r0 src: r4
	 338: AddImm dst: r0 imm: 8
	 339: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 340: Ja off: -1 <ports_6>
ports_6:
	 341: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 342: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 343: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 344: SwapBE dst: r8 
	 345: Ja off: -1 <l4done_6>
l4done_6:
	 346: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 347: StMemB dst: rfp src: r0 off: -179 imm: 0
	 348: StMemH dst: rfp src: r0 off: -178 imm: 0
	 349: StMemW dst: rfp src: r0 off: -176 imm: 258
	 350: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 351: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 352: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 353: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 354: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 355: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 356: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 357: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 358: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 359: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 360: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 361: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 362: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 363: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 364: StMemB dst: rfp src: r0 off: -179 imm: 0
	 365: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 366: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 367: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 368: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 369: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 370: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 371: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 372: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 373: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 374: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 375: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 376: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 377: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 378: StMemH dst: rfp src: r0 off: -178 imm: 0
	 379: StMemB dst: rfp src: r0 off: -179 imm: 1
	 380: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 382: MovReg dst: r2 src: rfp
	 383: AddImm dst: r2 imm: -216
	 384: Call FnMapLookupElem
	 385: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 386: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 387: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 388: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 389: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 390: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 391: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 392: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 393: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 394: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 395: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 396: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 397: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 398: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 399: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 400: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 401: StMemH dst: rfp src: r0 off: -178 imm: 0
	 402: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 403: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 405: MovReg dst: r2 src: rfp
	 406: AddImm dst: r2 imm: -216
	 407: Call FnMapLookupElem
	 408: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 409: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 410: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 411: Ja off: -1 <ct_reply>
ct_miss_35:
	 412: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_skip_34:
	 413: StMemW dst: rfp src: r0 off: -144 imm: 0
	 414: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 415: StMemW dst: rfp src: r0 off: -140 imm: 3
	 416: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 418: MovReg dst: r2 src: rfp
	 419: AddImm dst: r2 imm: -140
	 420: Call FnMapLookupElem
	 421: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 422: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 423: AddImm dst: r1 imm: 1
	 424: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 425: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 426: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 427: AddReg dst: r2 src: r1
	 428: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 429: MovImm dst: r0 imm: 0
	 430: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 431: StMemW dst: rfp src: r0 off: -140 imm: 4
	 432: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 434: MovReg dst: r2 src: rfp
	 435: AddImm dst: r2 imm: -140
	 436: Call FnMapLookupElem
	 437: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 438: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 439: AddImm dst: r1 imm: 1
	 440: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 441: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 442: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 443: AddReg dst: r2 src: r1
	 444: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 445: MovImm dst: r0 imm: 0
	 446: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 447: MovImm dst: r8 imm: 0
	 448: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 449: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 450: XorReg dst: r8 src: r1
	 451: XorReg dst: r8 src: r1
	 452: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 453: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 455: MovReg dst: r2 src: rfp
	 456: AddImm dst: r2 imm: -140
	 457: Call FnMapLookupElem
	 458: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 459: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 460: AddImm dst: r1 imm: 1
	 461: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 462: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 463: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 464: AddReg dst: r2 src: r1
	 465: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 466: StMemW dst: rfp src: r0 off: -60 imm: 258
	 467: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 468: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 469: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 470: StMemW dst: rfp src: r0 off: -44 imm: 0
	 471: StMemW dst: rfp src: r0 off: -40 imm: 0
	 472: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 473: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 474: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 475: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 476: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 477: OrImm dst: r1 imm: 67109120
	 478: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 479: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 480: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 481: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 482: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 483: StMemW dst: rfp src: r0 off: -32 imm: 0
	 484: StMemW dst: rfp src: r0 off: -16 imm: 0
	 485: StMemW dst: rfp src: r0 off: -28 imm: 0
	 486: StMemW dst: rfp src: r0 off: -12 imm: 0
	 487: StMemW dst: rfp src: r0 off: -24 imm: 0
	 488: StMemW dst: rfp src: r0 off: -8 imm: 0
	 489: Ja off: -1 <fam_done_43>
fam_v6_42:
	 490: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 491: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 492: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 493: OrImm dst: r1 imm: 100663552
	 494: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 495: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 496: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 497: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 498: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 499: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 500: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 501: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 502: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 503: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 504: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 505: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 506: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 507: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 508: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 509: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 510: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 511: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 513: MovReg dst: r2 src: rfp
	 514: AddImm dst: r2 imm: -64
	 515: MovImm dst: r3 imm: 60
	 516: MovImm dst: r4 imm: 0
	 517: Call FnRingbufOutput
	 518: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 519: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 520: StMemH dst: rfp src: r0 off: -168 imm: 0
	 521: StMemB dst: rfp src: r0 off: -166 imm: 1
	 522: StMemB dst: rfp src: r0 off: -165 imm: 0
	 523: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 524: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 525: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 526: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 527: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 528: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 529: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 530: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 531: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 532: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 533: StMemB dst: rfp src: r0 off: -203 imm: 0
	 534: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 535: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 536: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 537: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 538: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 539: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 540: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 541: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 542: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 543: StMemH dst: rfp src: r0 off: -202 imm: 0
	 544: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_47:
	 545: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 547: MovReg dst: r2 src: rfp
	 548: AddImm dst: r2 imm: -216
	 549: MovReg dst: r3 src: rfp
	 550: AddImm dst: r3 imm: -172
	 551: MovImm dst: r4 imm: 0
	 552: Call FnMapUpdateElem
	 553: Ja off: -1 <fam_done_46>
fam_v6_45:
	 554: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 555: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 556: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 557: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 558: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 559: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 560: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 561: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 562: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 563: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 564: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 565: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 566: StMemB dst: rfp src: r0 off: -179 imm: 0
	 567: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 568: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 569: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 570: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 571: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 572: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 573: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 574: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 575: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 576: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 577: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 578: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 579: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 580: StMemH dst: rfp src: r0 off: -178 imm: 0
	 581: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_49:
	 582: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 584: MovReg dst: r2 src: rfp
	 585: AddImm dst: r2 imm: -216
	 586: MovReg dst: r3 src: rfp
	 587: AddImm dst: r3 imm: -172
	 588: MovImm dst: r4 imm: 0
	 589: Call FnMapUpdateElem
fam_done_46:
	 590: MovImm dst: r0 imm: 0
	 591: Exit
neighbor:
	    ; IPv6 neighbor discovery: pass without policy, like ARP
	 592: StMemW dst: rfp src: r0 off: -140 imm: 8
	 593: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 595: MovReg dst: r2 src: rfp
	 596: AddImm dst: r2 imm: -140
	 597: Call FnMapLookupElem
	 598: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 599: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 600: AddImm dst: r1 imm: 1
	 601: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 602: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 603: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 604: AddReg dst: r2 src: r1
	 605: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 606: MovImm dst: r0 imm: 0
	 607: Exit
malformed:
	    ; truncated or malformed header: drop
	 608: StMemW dst: rfp src: r0 off: -140 imm: 2
	 609: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 611: MovReg dst: r2 src: rfp
	 612: AddImm dst: r2 imm: -140
	 613: Call FnMapLookupElem
	 614: JEqImm dst: r0 off: -1 imm: 0 <count_done_52>
	 615: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 616: AddImm dst: r1 imm: 1
	 617: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 618: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 619: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 620: AddReg dst: r2 src: r1
	 621: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_52:
	 622: MovImm dst: r0 imm: 2
	 623: Exit

== subject-258 policy_egress (section tcx/ingress, enforced=false, 624 instructions)
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
	 324: JEqImm dst: r5 off: -1 imm: 58 <nd_6>
	 325: Ja off: -1 <l4done_6>
nd_6:
	    ; ICMPv6 without ICMP entries: only neighbor discovery is special (a header too short for a type is decided as before)
	 326: MovReg dst: r0 src: r4
	 327: AddImm dst: r0 imm: 1
	 328: JGTReg dst: r0 off: -1 src: r3 <l4done_6>
	 329: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 330: JLTImm dst: r1 off: -1 imm: 133 <l4done_6>
	 331: JLEImm dst: r1 off: -1 imm: 137 <neighbor>
	 332: Ja off: -1 <l4done_6>
tcp_6:
	 333: MovReg dst: r0 src: r4
	 334: AddImm dst: r0 imm: 20
	 335: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 336: Ja off: -1 <ports_6>
udp_6:
	 337: MovReg dst: r0 src: r4
	 338: AddImm dst: r0 imm: 8
	 339: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 340: Ja off: -1 <ports_6>
ports_6:
	 341: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 342: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 343: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 344: SwapBE dst: r8 
	 345: Ja off: -1 <l4done_6>
l4done_6:
	 346: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 347: StMemB dst: rfp src: r0 off: -179 imm: 1
	 348: StMemH dst: rfp src: r0 off: -178 imm: 0
	 349: StMemW dst: rfp src: r0 off: -176 imm: 258
	 350: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 351: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 352: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 353: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 354: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 355: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 356: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 357: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 358: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 359: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 360: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 361: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 362: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 363: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 364: StMemB dst: rfp src: r0 off: -179 imm: 0
	 365: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 366: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 367: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 368: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 369: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 370: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 371: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 372: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 373: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 374: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 375: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 376: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 377: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 378: StMemH dst: rfp src: r0 off: -178 imm: 0
	 379: StMemB dst: rfp src: r0 off: -179 imm: 0
	 380: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 382: MovReg dst: r2 src: rfp
	 383: AddImm dst: r2 imm: -216
	 384: Call FnMapLookupElem
	 385: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 386: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 387: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 388: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 389: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 390: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 391: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 392: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 393: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 394: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 395: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 396: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 397: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 398: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 399: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 400: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 401: StMemH dst: rfp src: r0 off: -178 imm: 0
	 402: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 403: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 405: MovReg dst: r2 src: rfp
	 406: AddImm dst: r2 imm: -216
	 407: Call FnMapLookupElem
	 408: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 409: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 410: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 411: Ja off: -1 <ct_reply>
ct_miss_35:
	 412: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_skip_34:
	 413: StMemW dst: rfp src: r0 off: -144 imm: 0
	 414: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 415: StMemW dst: rfp src: r0 off: -140 imm: 3
	 416: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 418: MovReg dst: r2 src: rfp
	 419: AddImm dst: r2 imm: -140
	 420: Call FnMapLookupElem
	 421: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 422: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 423: AddImm dst: r1 imm: 1
	 424: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 425: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 426: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 427: AddReg dst: r2 src: r1
	 428: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 429: MovImm dst: r0 imm: 0
	 430: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 431: StMemW dst: rfp src: r0 off: -140 imm: 4
	 432: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 434: MovReg dst: r2 src: rfp
	 435: AddImm dst: r2 imm: -140
	 436: Call FnMapLookupElem
	 437: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 438: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 439: AddImm dst: r1 imm: 1
	 440: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 441: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 442: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 443: AddReg dst: r2 src: r1
	 444: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 445: MovImm dst: r0 imm: 0
	 446: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 447: MovImm dst: r8 imm: 0
	 448: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 449: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 450: XorReg dst: r8 src: r1
	 451: XorReg dst: r8 src: r1
	 452: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 453: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 455: MovReg dst: r2 src: rfp
	 456: AddImm dst: r2 imm: -140
	 457: Call FnMapLookupElem
	 458: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 459: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 460: AddImm dst: r1 imm: 1
	 461: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 462: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 463: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 464: AddReg dst: r2 src: r1
	 465: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 466: StMemW dst: rfp src: r0 off: -64 imm: 258
	 467: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 468: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 469: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 470: StMemW dst: rfp src: r0 off: -44 imm: 0
	 471: StMemW dst: rfp src: r0 off: -40 imm: 0
	 472: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 473: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 474: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 475: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 476: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 477: OrImm dst: r1 imm: 67174656
	 478: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 479: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 480: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 481: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 482: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 483: StMemW dst: rfp src: r0 off: -32 imm: 0
	 484: StMemW dst: rfp src: r0 off: -16 imm: 0
	 485: StMemW dst: rfp src: r0 off: -28 imm: 0
	 486: StMemW dst: rfp src: r0 off: -12 imm: 0
	 487: StMemW dst: rfp src: r0 off: -24 imm: 0
	 488: StMemW dst: rfp src: r0 off: -8 imm: 0
	 489: Ja off: -1 <fam_done_43>
fam_v6_42:
	 490: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 491: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 492: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 493: OrImm dst: r1 imm: 100729088
	 494: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 495: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 496: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 497: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 498: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 499: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 500: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 501: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 502: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 503: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 504: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 505: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 506: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 507: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 508: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 509: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 510: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 511: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 513: MovReg dst: r2 src: rfp
	 514: AddImm dst: r2 imm: -64
	 515: MovImm dst: r3 imm: 60
	 516: MovImm dst: r4 imm: 0
	 517: Call FnRingbufOutput
	 518: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 519: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 520: StMemH dst: rfp src: r0 off: -168 imm: 0
	 521: StMemB dst: rfp src: r0 off: -166 imm: 1
	 522: StMemB dst: rfp src: r0 off: -165 imm: 1
	 523: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 524: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 525: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 526: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 527: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 528: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 529: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 530: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 531: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 532: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 533: StMemB dst: rfp src: r0 off: -203 imm: 0
	 534: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 535: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 536: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 537: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 538: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 539: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 540: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 541: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 542: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 543: StMemH dst: rfp src: r0 off: -202 imm: 0
	 544: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_47:
	 545: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 547: MovReg dst: r2 src: rfp
	 548: AddImm dst: r2 imm: -216
	 549: MovReg dst: r3 src: rfp
	 550: AddImm dst: r3 imm: -172
	 551: MovImm dst: r4 imm: 0
	 552: Call FnMapUpdateElem
	 553: Ja off: -1 <fam_done_46>
fam_v6_45:
	 554: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 555: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 556: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 557: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 558: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 559: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 560: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 561: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 562: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 563: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 564: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 565: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 566: StMemB dst: rfp src: r0 off: -179 imm: 0
	 567: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 568: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 569: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 570: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 571: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 572: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 573: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 574: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 575: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 576: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 577: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 578: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 579: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 580: StMemH dst: rfp src: r0 off: -178 imm: 0
	 581: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_ordered_49:
	 582: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 584: MovReg dst: r2 src: rfp
	 585: AddImm dst: r2 imm: -216
	 586: MovReg dst: r3 src: rfp
	 587: AddImm dst: r3 imm: -172
	 588: MovImm dst: r4 imm: 0
	 589: Call FnMapUpdateElem
fam_done_46:
	 590: MovImm dst: r0 imm: 0
	 591: Exit
neighbor:
	    ; IPv6 neighbor discovery: pass without policy, like ARP
	 592: StMemW dst: rfp src: r0 off: -140 imm: 8
	 593: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 595: MovReg dst: r2 src: rfp
	 596: AddImm dst: r2 imm: -140
	 597: Call FnMapLookupElem
	 598: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 599: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 600: AddImm dst: r1 imm: 1
	 601: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 602: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 603: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 604: AddReg dst: r2 src: r1
	 605: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 606: MovImm dst: r0 imm: 0
	 607: Exit
malformed:
	    ; truncated or malformed header: drop
	 608: StMemW dst: rfp src: r0 off: -140 imm: 2
	 609: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 611: MovReg dst: r2 src: rfp
	 612: AddImm dst: r2 imm: -140
	 613: Call FnMapLookupElem
	 614: JEqImm dst: r0 off: -1 imm: 0 <count_done_52>
	 615: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 616: AddImm dst: r1 imm: 1
	 617: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 618: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 619: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 620: AddReg dst: r2 src: r1
	 621: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_52:
	 622: MovImm dst: r0 imm: 2
	 623: Exit

== subject-259 policy_ingress (section tcx/egress, enforced=false, 624 instructions)
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
	 324: JEqImm dst: r5 off: -1 imm: 58 <nd_6>
	 325: Ja off: -1 <l4done_6>
nd_6:
	    ; ICMPv6 without ICMP entries: only neighbor discovery is special (a header too short for a type is decided as before)
	 326: MovReg dst: r0 src: r4
	 327: AddImm dst: r0 imm: 1
	 328: JGTReg dst: r0 off: -1 src: r3 <l4done_6>
	 329: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 330: JLTImm dst: r1 off: -1 imm: 133 <l4done_6>
	 331: JLEImm dst: r1 off: -1 imm: 137 <neighbor>
	 332: Ja off: -1 <l4done_6>
tcp_6:
	 333: MovReg dst: r0 src: r4
	 334: AddImm dst: r0 imm: 20
	 335: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 336: Ja off: -1 <ports_6>
udp_6:
	 337: MovReg dst: r0 src: r4
	 338: AddImm dst: r0 imm: 8
	 339: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 340: Ja off: -1 <ports_6>
ports_6:
	 341: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 342: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 343: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 344: SwapBE dst: r8 
	 345: Ja off: -1 <l4done_6>
l4done_6:
	 346: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 347: StMemB dst: rfp src: r0 off: -179 imm: 0
	 348: StMemH dst: rfp src: r0 off: -178 imm: 0
	 349: StMemW dst: rfp src: r0 off: -176 imm: 259
	 350: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 351: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 352: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 353: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 354: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 355: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 356: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 357: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 358: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 359: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 360: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 361: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 362: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 363: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 364: StMemB dst: rfp src: r0 off: -179 imm: 0
	 365: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 366: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 367: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 368: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 369: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 370: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 371: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 372: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 373: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 374: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 375: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 376: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 377: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 378: StMemH dst: rfp src: r0 off: -178 imm: 0
	 379: StMemB dst: rfp src: r0 off: -179 imm: 1
	 380: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 382: MovReg dst: r2 src: rfp
	 383: AddImm dst: r2 imm: -216
	 384: Call FnMapLookupElem
	 385: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 386: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 387: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 388: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 389: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 390: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 391: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 392: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 393: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 394: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 395: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 396: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 397: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 398: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 399: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 400: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 401: StMemH dst: rfp src: r0 off: -178 imm: 0
	 402: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 403: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 405: MovReg dst: r2 src: rfp
	 406: AddImm dst: r2 imm: -216
	 407: Call FnMapLookupElem
	 408: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 409: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 410: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 411: Ja off: -1 <ct_reply>
ct_miss_35:
	 412: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_skip_34:
	 413: StMemW dst: rfp src: r0 off: -144 imm: 0
	 414: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 415: StMemW dst: rfp src: r0 off: -140 imm: 3
	 416: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 418: MovReg dst: r2 src: rfp
	 419: AddImm dst: r2 imm: -140
	 420: Call FnMapLookupElem
	 421: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 422: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 423: AddImm dst: r1 imm: 1
	 424: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 425: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 426: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 427: AddReg dst: r2 src: r1
	 428: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 429: MovImm dst: r0 imm: 0
	 430: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 431: StMemW dst: rfp src: r0 off: -140 imm: 4
	 432: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 434: MovReg dst: r2 src: rfp
	 435: AddImm dst: r2 imm: -140
	 436: Call FnMapLookupElem
	 437: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 438: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 439: AddImm dst: r1 imm: 1
	 440: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 441: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 442: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 443: AddReg dst: r2 src: r1
	 444: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 445: MovImm dst: r0 imm: 0
	 446: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 447: MovImm dst: r8 imm: 0
	 448: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 449: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 450: XorReg dst: r8 src: r1
	 451: XorReg dst: r8 src: r1
	 452: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 453: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 455: MovReg dst: r2 src: rfp
	 456: AddImm dst: r2 imm: -140
	 457: Call FnMapLookupElem
	 458: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 459: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 460: AddImm dst: r1 imm: 1
	 461: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 462: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 463: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 464: AddReg dst: r2 src: r1
	 465: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 466: StMemW dst: rfp src: r0 off: -60 imm: 259
	 467: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 468: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 469: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 470: StMemW dst: rfp src: r0 off: -44 imm: 0
	 471: StMemW dst: rfp src: r0 off: -40 imm: 0
	 472: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 473: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 474: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 475: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 476: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 477: OrImm dst: r1 imm: 67109120
	 478: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 479: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 480: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 481: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 482: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 483: StMemW dst: rfp src: r0 off: -32 imm: 0
	 484: StMemW dst: rfp src: r0 off: -16 imm: 0
	 485: StMemW dst: rfp src: r0 off: -28 imm: 0
	 486: StMemW dst: rfp src: r0 off: -12 imm: 0
	 487: StMemW dst: rfp src: r0 off: -24 imm: 0
	 488: StMemW dst: rfp src: r0 off: -8 imm: 0
	 489: Ja off: -1 <fam_done_43>
fam_v6_42:
	 490: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 491: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 492: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 493: OrImm dst: r1 imm: 100663552
	 494: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 495: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 496: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 497: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 498: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 499: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 500: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 501: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 502: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 503: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 504: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 505: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 506: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 507: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 508: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 509: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 510: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 511: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 513: MovReg dst: r2 src: rfp
	 514: AddImm dst: r2 imm: -64
	 515: MovImm dst: r3 imm: 60
	 516: MovImm dst: r4 imm: 0
	 517: Call FnRingbufOutput
	 518: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 519: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 520: StMemH dst: rfp src: r0 off: -168 imm: 0
	 521: StMemB dst: rfp src: r0 off: -166 imm: 1
	 522: StMemB dst: rfp src: r0 off: -165 imm: 0
	 523: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 524: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 525: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 526: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 527: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 528: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 529: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 530: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 531: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 532: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 533: StMemB dst: rfp src: r0 off: -203 imm: 0
	 534: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 535: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 536: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 537: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 538: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 539: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 540: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 541: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 542: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 543: StMemH dst: rfp src: r0 off: -202 imm: 0
	 544: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_47:
	 545: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 547: MovReg dst: r2 src: rfp
	 548: AddImm dst: r2 imm: -216
	 549: MovReg dst: r3 src: rfp
	 550: AddImm dst: r3 imm: -172
	 551: MovImm dst: r4 imm: 0
	 552: Call FnMapUpdateElem
	 553: Ja off: -1 <fam_done_46>
fam_v6_45:
	 554: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 555: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 556: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 557: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 558: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 559: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 560: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 561: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 562: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 563: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 564: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 565: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 566: StMemB dst: rfp src: r0 off: -179 imm: 0
	 567: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 568: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 569: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 570: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 571: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 572: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 573: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 574: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 575: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 576: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 577: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 578: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 579: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 580: StMemH dst: rfp src: r0 off: -178 imm: 0
	 581: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_49:
	 582: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 584: MovReg dst: r2 src: rfp
	 585: AddImm dst: r2 imm: -216
	 586: MovReg dst: r3 src: rfp
	 587: AddImm dst: r3 imm: -172
	 588: MovImm dst: r4 imm: 0
	 589: Call FnMapUpdateElem
fam_done_46:
	 590: MovImm dst: r0 imm: 0
	 591: Exit
neighbor:
	    ; IPv6 neighbor discovery: pass without policy, like ARP
	 592: StMemW dst: rfp src: r0 off: -140 imm: 8
	 593: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 595: MovReg dst: r2 src: rfp
	 596: AddImm dst: r2 imm: -140
	 597: Call FnMapLookupElem
	 598: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 599: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 600: AddImm dst: r1 imm: 1
	 601: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 602: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 603: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 604: AddReg dst: r2 src: r1
	 605: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 606: MovImm dst: r0 imm: 0
	 607: Exit
malformed:
	    ; truncated or malformed header: drop
	 608: StMemW dst: rfp src: r0 off: -140 imm: 2
	 609: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 611: MovReg dst: r2 src: rfp
	 612: AddImm dst: r2 imm: -140
	 613: Call FnMapLookupElem
	 614: JEqImm dst: r0 off: -1 imm: 0 <count_done_52>
	 615: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 616: AddImm dst: r1 imm: 1
	 617: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 618: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 619: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 620: AddReg dst: r2 src: r1
	 621: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_52:
	 622: MovImm dst: r0 imm: 2
	 623: Exit

== subject-259 policy_egress (section tcx/ingress, enforced=false, 624 instructions)
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
	 324: JEqImm dst: r5 off: -1 imm: 58 <nd_6>
	 325: Ja off: -1 <l4done_6>
nd_6:
	    ; ICMPv6 without ICMP entries: only neighbor discovery is special (a header too short for a type is decided as before)
	 326: MovReg dst: r0 src: r4
	 327: AddImm dst: r0 imm: 1
	 328: JGTReg dst: r0 off: -1 src: r3 <l4done_6>
	 329: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 330: JLTImm dst: r1 off: -1 imm: 133 <l4done_6>
	 331: JLEImm dst: r1 off: -1 imm: 137 <neighbor>
	 332: Ja off: -1 <l4done_6>
tcp_6:
	 333: MovReg dst: r0 src: r4
	 334: AddImm dst: r0 imm: 20
	 335: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 336: Ja off: -1 <ports_6>
udp_6:
	 337: MovReg dst: r0 src: r4
	 338: AddImm dst: r0 imm: 8
	 339: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 340: Ja off: -1 <ports_6>
ports_6:
	 341: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 342: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 343: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 344: SwapBE dst: r8 
	 345: Ja off: -1 <l4done_6>
l4done_6:
	 346: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 347: StMemB dst: rfp src: r0 off: -179 imm: 1
	 348: StMemH dst: rfp src: r0 off: -178 imm: 0
	 349: StMemW dst: rfp src: r0 off: -176 imm: 259
	 350: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 351: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 352: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 353: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 354: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 355: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 356: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 357: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 358: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 359: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 360: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 361: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 362: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 363: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 364: StMemB dst: rfp src: r0 off: -179 imm: 0
	 365: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 366: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 367: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 368: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 369: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 370: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 371: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 372: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 373: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 374: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 375: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 376: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 377: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 378: StMemH dst: rfp src: r0 off: -178 imm: 0
	 379: StMemB dst: rfp src: r0 off: -179 imm: 0
	 380: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 382: MovReg dst: r2 src: rfp
	 383: AddImm dst: r2 imm: -216
	 384: Call FnMapLookupElem
	 385: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 386: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 387: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 388: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 389: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 390: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 391: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 392: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 393: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 394: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 395: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 396: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 397: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 398: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 399: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 400: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 401: StMemH dst: rfp src: r0 off: -178 imm: 0
	 402: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 403: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 405: MovReg dst: r2 src: rfp
	 406: AddImm dst: r2 imm: -216
	 407: Call FnMapLookupElem
	 408: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 409: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 410: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 411: Ja off: -1 <ct_reply>
ct_miss_35:
	 412: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_skip_34:
	 413: StMemW dst: rfp src: r0 off: -144 imm: 0
	 414: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 415: StMemW dst: rfp src: r0 off: -140 imm: 3
	 416: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 418: MovReg dst: r2 src: rfp
	 419: AddImm dst: r2 imm: -140
	 420: Call FnMapLookupElem
	 421: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 422: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 423: AddImm dst: r1 imm: 1
	 424: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 425: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 426: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 427: AddReg dst: r2 src: r1
	 428: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 429: MovImm dst: r0 imm: 0
	 430: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 431: StMemW dst: rfp src: r0 off: -140 imm: 4
	 432: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 434: MovReg dst: r2 src: rfp
	 435: AddImm dst: r2 imm: -140
	 436: Call FnMapLookupElem
	 437: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 438: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 439: AddImm dst: r1 imm: 1
	 440: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 441: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 442: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 443: AddReg dst: r2 src: r1
	 444: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 445: MovImm dst: r0 imm: 0
	 446: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 447: MovImm dst: r8 imm: 0
	 448: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 449: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 450: XorReg dst: r8 src: r1
	 451: XorReg dst: r8 src: r1
	 452: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 453: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 455: MovReg dst: r2 src: rfp
	 456: AddImm dst: r2 imm: -140
	 457: Call FnMapLookupElem
	 458: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 459: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 460: AddImm dst: r1 imm: 1
	 461: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 462: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 463: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 464: AddReg dst: r2 src: r1
	 465: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 466: StMemW dst: rfp src: r0 off: -64 imm: 259
	 467: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 468: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 469: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 470: StMemW dst: rfp src: r0 off: -44 imm: 0
	 471: StMemW dst: rfp src: r0 off: -40 imm: 0
	 472: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 473: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 474: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 475: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 476: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 477: OrImm dst: r1 imm: 67174656
	 478: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 479: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 480: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 481: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 482: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 483: StMemW dst: rfp src: r0 off: -32 imm: 0
	 484: StMemW dst: rfp src: r0 off: -16 imm: 0
	 485: StMemW dst: rfp src: r0 off: -28 imm: 0
	 486: StMemW dst: rfp src: r0 off: -12 imm: 0
	 487: StMemW dst: rfp src: r0 off: -24 imm: 0
	 488: StMemW dst: rfp src: r0 off: -8 imm: 0
	 489: Ja off: -1 <fam_done_43>
fam_v6_42:
	 490: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 491: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 492: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 493: OrImm dst: r1 imm: 100729088
	 494: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 495: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 496: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 497: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 498: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 499: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 500: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 501: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 502: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 503: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 504: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 505: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 506: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 507: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 508: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 509: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 510: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 511: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 513: MovReg dst: r2 src: rfp
	 514: AddImm dst: r2 imm: -64
	 515: MovImm dst: r3 imm: 60
	 516: MovImm dst: r4 imm: 0
	 517: Call FnRingbufOutput
	 518: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 519: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 520: StMemH dst: rfp src: r0 off: -168 imm: 0
	 521: StMemB dst: rfp src: r0 off: -166 imm: 1
	 522: StMemB dst: rfp src: r0 off: -165 imm: 1
	 523: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 524: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 525: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 526: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 527: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 528: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 529: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 530: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 531: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 532: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 533: StMemB dst: rfp src: r0 off: -203 imm: 0
	 534: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 535: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 536: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 537: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 538: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 539: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 540: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 541: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 542: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 543: StMemH dst: rfp src: r0 off: -202 imm: 0
	 544: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_47:
	 545: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 547: MovReg dst: r2 src: rfp
	 548: AddImm dst: r2 imm: -216
	 549: MovReg dst: r3 src: rfp
	 550: AddImm dst: r3 imm: -172
	 551: MovImm dst: r4 imm: 0
	 552: Call FnMapUpdateElem
	 553: Ja off: -1 <fam_done_46>
fam_v6_45:
	 554: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 555: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 556: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 557: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 558: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 559: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 560: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 561: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 562: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 563: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 564: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 565: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 566: StMemB dst: rfp src: r0 off: -179 imm: 0
	 567: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 568: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 569: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 570: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 571: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 572: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 573: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 574: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 575: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 576: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 577: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 578: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 579: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 580: StMemH dst: rfp src: r0 off: -178 imm: 0
	 581: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_ordered_49:
	 582: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 584: MovReg dst: r2 src: rfp
	 585: AddImm dst: r2 imm: -216
	 586: MovReg dst: r3 src: rfp
	 587: AddImm dst: r3 imm: -172
	 588: MovImm dst: r4 imm: 0
	 589: Call FnMapUpdateElem
fam_done_46:
	 590: MovImm dst: r0 imm: 0
	 591: Exit
neighbor:
	    ; IPv6 neighbor discovery: pass without policy, like ARP
	 592: StMemW dst: rfp src: r0 off: -140 imm: 8
	 593: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 595: MovReg dst: r2 src: rfp
	 596: AddImm dst: r2 imm: -140
	 597: Call FnMapLookupElem
	 598: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 599: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 600: AddImm dst: r1 imm: 1
	 601: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 602: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 603: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 604: AddReg dst: r2 src: r1
	 605: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 606: MovImm dst: r0 imm: 0
	 607: Exit
malformed:
	    ; truncated or malformed header: drop
	 608: StMemW dst: rfp src: r0 off: -140 imm: 2
	 609: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 611: MovReg dst: r2 src: rfp
	 612: AddImm dst: r2 imm: -140
	 613: Call FnMapLookupElem
	 614: JEqImm dst: r0 off: -1 imm: 0 <count_done_52>
	 615: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 616: AddImm dst: r1 imm: 1
	 617: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 618: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 619: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 620: AddReg dst: r2 src: r1
	 621: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_52:
	 622: MovImm dst: r0 imm: 2
	 623: Exit

