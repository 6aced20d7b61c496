== subject-256 policy_ingress (section tcx/egress, enforced=true, 870 instructions)
	    ; ingress policy of identity 256 (enforced=true): parse Ethernet
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
	  13: JEqImm dst: r5 off: -1 imm: 56710 <ipv6>
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
	  58: JEqImm dst: r5 off: -1 imm: 132 <sctp_4>
	  59: JEqImm dst: r5 off: -1 imm: 1 <icmp_4>
	  60: Ja off: -1 <l4done_4>
tcp_4:
	  61: MovReg dst: r0 src: r4
	  62: AddImm dst: r0 imm: 20
	  63: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  64: Ja off: -1 <ports_4>
udp_4:
	  65: MovReg dst: r0 src: r4
	  66: AddImm dst: r0 imm: 8
	  67: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  68: Ja off: -1 <ports_4>
sctp_4:
	  69: MovReg dst: r0 src: r4
	  70: AddImm dst: r0 imm: 12
	  71: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  72: Ja off: -1 <ports_4>
ports_4:
	  73: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  74: StXMemW dst: rfp src: r1 off: -144 imm: 0
	  75: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  76: SwapBE dst: r8 
	  77: Ja off: -1 <l4done_4>
icmp_4:
	    ; ICMP type (echo tracked by identifier)
	  78: MovReg dst: r0 src: r4
	  79: AddImm dst: r0 imm: 8
	  80: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  81: LdXMemB dst: r8 src: r4 off: 0 imm: 0
	  82: JEqImm dst: r8 off: -1 imm: 8 <echoreq_4>
	  83: JEqImm dst: r8 off: -1 imm: 0 <echorep_4>
	  84: OrImm dst: r7 imm: 512
	  85: Ja off: -1 <l4done_4>
echoreq_4:
	  86: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	  87: StXMemH dst: rfp src: r1 off: -144 imm: 0
	  88: Ja off: -1 <l4done_4>
echorep_4:
	  89: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	  90: StXMemH dst: rfp src: r1 off: -142 imm: 0
	  91: Ja off: -1 <l4done_4>
l4done_4:
	  92: StXMemB dst: rfp src: r5 off: -140 imm: 0
	  93: StMemB dst: rfp src: r0 off: -139 imm: 0
	  94: StMemH dst: rfp src: r0 off: -138 imm: 0
	  95: StMemW dst: rfp src: r0 off: -136 imm: 256
	  96: StMemB dst: rfp src: r0 off: -72 imm: 4
	  97: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	  98: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	  99: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 100: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 101: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 102: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 103: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 104: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 105: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 106: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 107: StMemB dst: rfp src: r0 off: -139 imm: 0
	 108: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	 109: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 110: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 111: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 112: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 113: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 114: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 115: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 116: StXMemH dst: rfp src: r1 off: -142 imm: 0
	 117: StMemB dst: rfp src: r0 off: -139 imm: 1
	 118: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	 119: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 121: MovReg dst: r2 src: rfp
	 122: AddImm dst: r2 imm: -152
	 123: Call FnMapLookupElem
	 124: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 125: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 126: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 127: Ja off: -1 <ct_reply>
ct_miss_3:
	 128: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 129: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	 130: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 131: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 132: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 133: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 134: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 135: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 136: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 137: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_6:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 138: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 140: MovReg dst: r2 src: rfp
	 141: AddImm dst: r2 imm: -152
	 142: Call FnMapLookupElem
	 143: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 144: StMemW dst: rfp src: r0 off: -100 imm: 32
	 145: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 146: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 147: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 149: MovReg dst: r2 src: rfp
	 150: AddImm dst: r2 imm: -100
	 151: Call FnMapLookupElem
	 152: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 153: StMemW dst: rfp src: r0 off: -80 imm: 9
	 154: Ja off: -1 <membership>
ipv6:
	    ; IPv6 header
	 155: MovReg dst: r0 src: r4
	 156: AddImm dst: r0 imm: 40
	 157: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 158: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 159: AndImm dst: r1 imm: 240
	 160: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 161: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 162: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 163: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 164: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 165: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 166: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 167: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 168: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 169: MovImm dst: r7 imm: 0
	 170: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 171: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 172: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 173: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 174: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 175: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 176: Ja off: -1 <l4_6>
v6_opt_7:
	 177: MovReg dst: r0 src: r4
	 178: AddImm dst: r0 imm: 8
	 179: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 180: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 181: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 182: AddImm dst: r1 imm: 1
	 183: LShImm dst: r1 imm: 3
	 184: AddReg dst: r4 src: r1
	 185: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 186: MovReg dst: r0 src: r4
	 187: AddImm dst: r0 imm: 8
	 188: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 189: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 190: SwapBE dst: r1 
	 191: AndImm dst: r1 imm: 65528
	 192: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 193: OrImm dst: r7 imm: 768
	 194: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 195: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 196: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 197: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 198: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 199: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 200: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 201: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 202: Ja off: -1 <l4_6>
v6_opt_11:
	 203: MovReg dst: r0 src: r4
	 204: AddImm dst: r0 imm: 8
	 205: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 206: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 207: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 208: AddImm dst: r1 imm: 1
	 209: LShImm dst: r1 imm: 3
	 210: AddReg dst: r4 src: r1
	 211: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 212: MovReg dst: r0 src: r4
	 213: AddImm dst: r0 imm: 8
	 214: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 215: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 216: SwapBE dst: r1 
	 217: AndImm dst: r1 imm: 65528
	 218: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 219: OrImm dst: r7 imm: 768
	 220: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 221: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 222: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 223: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 224: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 225: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 226: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 227: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 228: Ja off: -1 <l4_6>
v6_opt_15:
	 229: MovReg dst: r0 src: r4
	 230: AddImm dst: r0 imm: 8
	 231: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 232: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 233: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 234: AddImm dst: r1 imm: 1
	 235: LShImm dst: r1 imm: 3
	 236: AddReg dst: r4 src: r1
	 237: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 238: MovReg dst: r0 src: r4
	 239: AddImm dst: r0 imm: 8
	 240: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 241: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 242: SwapBE dst: r1 
	 243: AndImm dst: r1 imm: 65528
	 244: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 245: OrImm dst: r7 imm: 768
	 246: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 247: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 248: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 249: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 250: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 251: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 252: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 253: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 254: Ja off: -1 <l4_6>
v6_opt_19:
	 255: MovReg dst: r0 src: r4
	 256: AddImm dst: r0 imm: 8
	 257: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 258: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 259: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 260: AddImm dst: r1 imm: 1
	 261: LShImm dst: r1 imm: 3
	 262: AddReg dst: r4 src: r1
	 263: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 264: MovReg dst: r0 src: r4
	 265: AddImm dst: r0 imm: 8
	 266: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 267: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 268: SwapBE dst: r1 
	 269: AndImm dst: r1 imm: 65528
	 270: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 271: OrImm dst: r7 imm: 768
	 272: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 273: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 274: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 275: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 276: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 277: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 278: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 279: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 280: Ja off: -1 <l4_6>
v6_opt_23:
	 281: MovReg dst: r0 src: r4
	 282: AddImm dst: r0 imm: 8
	 283: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 284: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 285: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 286: AddImm dst: r1 imm: 1
	 287: LShImm dst: r1 imm: 3
	 288: AddReg dst: r4 src: r1
	 289: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 290: MovReg dst: r0 src: r4
	 291: AddImm dst: r0 imm: 8
	 292: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 293: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 294: SwapBE dst: r1 
	 295: AndImm dst: r1 imm: 65528
	 296: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 297: OrImm dst: r7 imm: 768
	 298: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 299: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 300: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 301: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 302: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 303: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 304: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 305: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 306: Ja off: -1 <l4_6>
v6_opt_27:
	 307: MovReg dst: r0 src: r4
	 308: AddImm dst: r0 imm: 8
	 309: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 310: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 311: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 312: AddImm dst: r1 imm: 1
	 313: LShImm dst: r1 imm: 3
	 314: AddReg dst: r4 src: r1
	 315: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 316: MovReg dst: r0 src: r4
	 317: AddImm dst: r0 imm: 8
	 318: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 319: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 320: SwapBE dst: r1 
	 321: AndImm dst: r1 imm: 65528
	 322: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 323: OrImm dst: r7 imm: 768
	 324: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 325: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 326: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 327: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 328: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 329: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 330: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 331: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 332: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 333: OrReg dst: r7 src: r5
	 334: MovImm dst: r8 imm: 0
	 335: StMemW dst: rfp src: r0 off: -120 imm: 0
	 336: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 337: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 338: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 339: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 340: Ja off: -1 <l4done_6>
tcp_6:
	 341: MovReg dst: r0 src: r4
	 342: AddImm dst: r0 imm: 20
	 343: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 344: Ja off: -1 <ports_6>
udp_6:
	 345: MovReg dst: r0 src: r4
	 346: AddImm dst: r0 imm: 8
	 347: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 348: Ja off: -1 <ports_6>
sctp_6:
	 349: MovReg dst: r0 src: r4
	 350: AddImm dst: r0 imm: 12
	 351: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 352: Ja off: -1 <ports_6>
ports_6:
	 353: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 354: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 355: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 356: SwapBE dst: r8 
	 357: Ja off: -1 <l4done_6>
l4done_6:
	 358: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 359: StMemB dst: rfp src: r0 off: -115 imm: 0
	 360: StMemH dst: rfp src: r0 off: -114 imm: 0
	 361: StMemW dst: rfp src: r0 off: -112 imm: 256
	 362: StMemB dst: rfp src: r0 off: -72 imm: 6
	 363: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 364: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_38>
	 365: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 366: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 367: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 368: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 369: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 370: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 371: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 372: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 373: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 374: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 375: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 376: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 377: StMemB dst: rfp src: r0 off: -115 imm: 0
	 378: Ja off: -1 <ct_ordered_37>
ct_swap_36:
	 379: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 380: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 381: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 382: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 383: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 384: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 385: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 386: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 387: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 388: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 389: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 390: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 391: StMemB dst: rfp src: r0 off: -115 imm: 1
	 392: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_37:
	 393: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 395: MovReg dst: r2 src: rfp
	 396: AddImm dst: r2 imm: -152
	 397: Call FnMapLookupElem
	 398: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 399: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 400: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 401: Ja off: -1 <ct_reply>
ct_miss_35:
	 402: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 403: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_38>
	 404: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 405: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 406: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 407: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 408: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 409: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 410: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 411: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 412: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 413: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 414: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 415: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_38:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 416: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 418: MovReg dst: r2 src: rfp
	 419: AddImm dst: r2 imm: -152
	 420: Call FnMapLookupElem
	 421: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 422: StMemW dst: rfp src: r0 off: -100 imm: 128
	 423: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 424: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 425: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 426: StXMemW dst: rfp src: r1 off: -92 imm: 0
	 427: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 428: StXMemW dst: rfp src: r1 off: -88 imm: 0
	 429: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 430: StXMemW dst: rfp src: r1 off: -84 imm: 0
	 431: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 433: MovReg dst: r2 src: rfp
	 434: AddImm dst: r2 imm: -100
	 435: Call FnMapLookupElem
	 436: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 437: StMemW dst: rfp src: r0 off: -80 imm: 10
	 438: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 439: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	 440: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	 441: LShImm dst: r1 imm: 16
	 442: OrImm dst: r1 imm: 512
	 443: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
	 444: StMemW dst: rfp src: r0 off: -76 imm: 3
	 445: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 447: MovReg dst: r2 src: rfp
	 448: AddImm dst: r2 imm: -76
	 449: Call FnMapLookupElem
	 450: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 451: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 452: AddImm dst: r1 imm: 1
	 453: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 454: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 455: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 456: AddReg dst: r2 src: r1
	 457: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 458: MovImm dst: r0 imm: 0
	 459: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 460: StMemW dst: rfp src: r0 off: -76 imm: 4
	 461: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 463: MovReg dst: r2 src: rfp
	 464: AddImm dst: r2 imm: -76
	 465: Call FnMapLookupElem
	 466: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 467: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 468: AddImm dst: r1 imm: 1
	 469: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 470: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 471: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 472: AddReg dst: r2 src: r1
	 473: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 474: MovImm dst: r0 imm: 0
	 475: Exit
have_identity:
	 476: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 477: StXMemW dst: rfp src: r1 off: -80 imm: 0
membership:
	    ; selector membership of the peer identity
	 478: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 480: MovReg dst: r2 src: rfp
	 481: AddImm dst: r2 imm: -80
	 482: Call FnMapLookupElem
	 483: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 484: MovReg dst: r9 src: r0
	 485: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 486: StMemW dst: rfp src: r0 off: -76 imm: 6
	 487: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 489: MovReg dst: r2 src: rfp
	 490: AddImm dst: r2 imm: -76
	 491: Call FnMapLookupElem
	 492: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 493: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 494: AddImm dst: r1 imm: 1
	 495: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 496: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 497: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 498: AddReg dst: r2 src: r1
	 499: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 500: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 501: MovReg dst: r1 src: r7
	 502: AndImm dst: r1 imm: 511
	 503: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 504: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 505: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 5 intervals
	 506: JGEImm dst: r8 off: -1 imm: 2 <ge_42>
	 507: JGEImm dst: r8 off: -1 imm: 1 <ge_43>
	 508: Ja off: -1 <class_0>
ge_43:
	 509: Ja off: -1 <class_1>
ge_42:
	 510: JGEImm dst: r8 off: -1 imm: 10000 <ge_44>
	 511: Ja off: -1 <class_0>
ge_44:
	 512: JGEImm dst: r8 off: -1 imm: 10001 <ge_45>
	 513: Ja off: -1 <class_2>
ge_45:
	 514: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 3 intervals
	 515: JGEImm dst: r8 off: -1 imm: 1 <ge_46>
	 516: Ja off: -1 <class_0>
ge_46:
	 517: JGEImm dst: r8 off: -1 imm: 1025 <ge_47>
	 518: Ja off: -1 <class_3>
ge_47:
	 519: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order []
	 520: Ja off: -1 <default>
class_1:
	    ; class 1: candidates in precedence order [4]
	 521: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 522: JSet32Imm dst: r1 off: -1 imm: 4 <c1_entry4_48>
	 523: Ja off: -1 <default>
c1_entry4_48:
	    ; entry 4 allow peer={reserved.host=} proto=6 ports=1-1: ns/random random.yaml:4:3
	 524: MovImm dst: r8 imm: 4
	 525: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [3]
	 526: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 527: JSet32Imm dst: r1 off: -1 imm: 1 <c2_entry3_49>
	 528: Ja off: -1 <default>
c2_entry3_49:
	    ; entry 3 allow peer={} proto=6 ports=10000-10000: ns/random random.yaml:3:3
	 529: MovImm dst: r8 imm: 3
	 530: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [1]
	 531: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 532: JSet32Imm dst: r1 off: -1 imm: 32 <c3_entry1_50>
	 533: Ja off: -1 <default>
c3_entry1_50:
	    ; entry 1 redirect peer={reserved.world=} proto=132 ports=1-1024: ns/random random.yaml:1:3
	 534: MovImm dst: r8 imm: 1
	 535: MovImm dst: r9 imm: 39738
	 536: Ja off: -1 <verdict_redirect>
default:
	    ; no entry matches: deny (enforced=true)
	 537: MovImm dst: r8 imm: 0
	 538: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 539: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 540: XorReg dst: r8 src: r1
	 541: XorReg dst: r8 src: r1
	 542: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 543: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 545: MovReg dst: r2 src: rfp
	 546: AddImm dst: r2 imm: -76
	 547: Call FnMapLookupElem
	 548: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 549: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 550: AddImm dst: r1 imm: 1
	 551: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 552: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 553: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 554: AddReg dst: r2 src: r1
	 555: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 556: StMemW dst: rfp src: r0 off: -60 imm: 256
	 557: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 558: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 559: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 560: StMemW dst: rfp src: r0 off: -44 imm: 0
	 561: StMemW dst: rfp src: r0 off: -40 imm: 0
	 562: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 563: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_52>
	 564: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 565: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 566: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	 567: OrImm dst: r1 imm: 67108864
	 568: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 569: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 570: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 571: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 572: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 573: StMemW dst: rfp src: r0 off: -32 imm: 0
	 574: StMemW dst: rfp src: r0 off: -16 imm: 0
	 575: StMemW dst: rfp src: r0 off: -28 imm: 0
	 576: StMemW dst: rfp src: r0 off: -12 imm: 0
	 577: StMemW dst: rfp src: r0 off: -24 imm: 0
	 578: StMemW dst: rfp src: r0 off: -8 imm: 0
	 579: Ja off: -1 <fam_done_53>
fam_v6_52:
	 580: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 581: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 582: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 583: OrImm dst: r1 imm: 100663296
	 584: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 585: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 586: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 587: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 588: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 589: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 590: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 591: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 592: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 593: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 594: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 595: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 596: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 597: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 598: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 599: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 600: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_53:
	 601: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 603: MovReg dst: r2 src: rfp
	 604: AddImm dst: r2 imm: -64
	 605: MovImm dst: r3 imm: 60
	 606: MovImm dst: r4 imm: 0
	 607: Call FnRingbufOutput
	 608: MovImm dst: r0 imm: 2
	 609: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 610: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 611: XorReg dst: r8 src: r1
	 612: XorReg dst: r8 src: r1
	 613: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 614: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 616: MovReg dst: r2 src: rfp
	 617: AddImm dst: r2 imm: -76
	 618: Call FnMapLookupElem
	 619: JEqImm dst: r0 off: -1 imm: 0 <count_done_54>
	 620: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 621: AddImm dst: r1 imm: 1
	 622: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 623: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 624: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 625: AddReg dst: r2 src: r1
	 626: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_54:
	 627: StMemW dst: rfp src: r0 off: -60 imm: 256
	 628: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 629: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 630: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 631: StMemW dst: rfp src: r0 off: -44 imm: 0
	 632: StMemW dst: rfp src: r0 off: -40 imm: 0
	 633: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 634: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_55>
	 635: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 636: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 637: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	 638: OrImm dst: r1 imm: 67109120
	 639: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 640: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 641: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 642: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 643: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 644: StMemW dst: rfp src: r0 off: -32 imm: 0
	 645: StMemW dst: rfp src: r0 off: -16 imm: 0
	 646: StMemW dst: rfp src: r0 off: -28 imm: 0
	 647: StMemW dst: rfp src: r0 off: -12 imm: 0
	 648: StMemW dst: rfp src: r0 off: -24 imm: 0
	 649: StMemW dst: rfp src: r0 off: -8 imm: 0
	 650: Ja off: -1 <fam_done_56>
fam_v6_55:
	 651: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 652: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 653: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 654: OrImm dst: r1 imm: 100663552
	 655: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 656: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 657: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 658: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 659: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 660: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 661: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 662: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 663: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 664: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 665: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 666: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 667: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 668: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 669: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 670: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 671: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_56:
	 672: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 674: MovReg dst: r2 src: rfp
	 675: AddImm dst: r2 imm: -64
	 676: MovImm dst: r3 imm: 60
	 677: MovImm dst: r4 imm: 0
	 678: Call FnRingbufOutput
	 679: JSetImm dst: r7 off: -1 imm: 512 <fam_done_59>
	 680: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 681: StMemH dst: rfp src: r0 off: -104 imm: 0
	 682: StMemB dst: rfp src: r0 off: -102 imm: 1
	 683: StMemB dst: rfp src: r0 off: -101 imm: 0
	 684: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 685: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_58>
	 686: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 687: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_60>
	 688: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 689: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 690: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 691: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 692: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 693: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 694: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 695: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_60:
	 696: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 698: MovReg dst: r2 src: rfp
	 699: AddImm dst: r2 imm: -152
	 700: MovReg dst: r3 src: rfp
	 701: AddImm dst: r3 imm: -108
	 702: MovImm dst: r4 imm: 0
	 703: Call FnMapUpdateElem
	 704: Ja off: -1 <fam_done_59>
fam_v6_58:
	 705: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 706: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_61>
	 707: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 708: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 709: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 710: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 711: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 712: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 713: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 714: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 715: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 716: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 717: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 718: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_61:
	 719: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 721: MovReg dst: r2 src: rfp
	 722: AddImm dst: r2 imm: -152
	 723: MovReg dst: r3 src: rfp
	 724: AddImm dst: r3 imm: -108
	 725: MovImm dst: r4 imm: 0
	 726: Call FnMapUpdateElem
fam_done_59:
	 727: MovImm dst: r0 imm: 0
	 728: Exit
verdict_redirect:
	    ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	 729: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 730: XorReg dst: r8 src: r1
	 731: XorReg dst: r8 src: r1
	 732: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 733: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 735: MovReg dst: r2 src: rfp
	 736: AddImm dst: r2 imm: -76
	 737: Call FnMapLookupElem
	 738: JEqImm dst: r0 off: -1 imm: 0 <count_done_62>
	 739: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 740: AddImm dst: r1 imm: 1
	 741: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 742: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 743: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 744: AddReg dst: r2 src: r1
	 745: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_62:
	 746: MovReg dst: r1 src: r9
	 747: LShImm dst: r1 imm: 16
	 748: OrImm dst: r1 imm: 512
	 749: StXMemW dst: r6 src: r1 off: 8 imm: 0
	 750: StMemW dst: rfp src: r0 off: -60 imm: 256
	 751: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 752: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 753: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 754: StMemW dst: rfp src: r0 off: -44 imm: 0
	 755: MovReg dst: r1 src: r9
	 756: AndImm dst: r1 imm: 65535
	 757: StXMemW dst: rfp src: r1 off: -40 imm: 0
	 758: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 759: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_63>
	 760: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 761: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 762: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	 763: OrImm dst: r1 imm: 67109376
	 764: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 765: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 766: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 767: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 768: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 769: StMemW dst: rfp src: r0 off: -32 imm: 0
	 770: StMemW dst: rfp src: r0 off: -16 imm: 0
	 771: StMemW dst: rfp src: r0 off: -28 imm: 0
	 772: StMemW dst: rfp src: r0 off: -12 imm: 0
	 773: StMemW dst: rfp src: r0 off: -24 imm: 0
	 774: StMemW dst: rfp src: r0 off: -8 imm: 0
	 775: Ja off: -1 <fam_done_64>
fam_v6_63:
	 776: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 777: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 778: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 779: OrImm dst: r1 imm: 100663808
	 780: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 781: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 782: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 783: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 784: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 785: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 786: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 787: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 788: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 789: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 790: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 791: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 792: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 793: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 794: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 795: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 796: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_64:
	 797: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 799: MovReg dst: r2 src: rfp
	 800: AddImm dst: r2 imm: -64
	 801: MovImm dst: r3 imm: 60
	 802: MovImm dst: r4 imm: 0
	 803: Call FnRingbufOutput
	 804: JSetImm dst: r7 off: -1 imm: 512 <fam_done_67>
	 805: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 806: StXMemH dst: rfp src: r9 off: -104 imm: 0
	 807: StMemB dst: rfp src: r0 off: -102 imm: 2
	 808: StMemB dst: rfp src: r0 off: -101 imm: 0
	 809: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 810: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_66>
	 811: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 812: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_68>
	 813: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 814: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 815: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 816: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 817: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 818: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 819: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 820: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_68:
	 821: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 823: MovReg dst: r2 src: rfp
	 824: AddImm dst: r2 imm: -152
	 825: MovReg dst: r3 src: rfp
	 826: AddImm dst: r3 imm: -108
	 827: MovImm dst: r4 imm: 0
	 828: Call FnMapUpdateElem
	 829: Ja off: -1 <fam_done_67>
fam_v6_66:
	 830: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 831: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_69>
	 832: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 833: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 834: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 835: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 836: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 837: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 838: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 839: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 840: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 841: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 842: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 843: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_69:
	 844: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 846: MovReg dst: r2 src: rfp
	 847: AddImm dst: r2 imm: -152
	 848: MovReg dst: r3 src: rfp
	 849: AddImm dst: r3 imm: -108
	 850: MovImm dst: r4 imm: 0
	 851: Call FnMapUpdateElem
fam_done_67:
	 852: MovImm dst: r0 imm: 0
	 853: Exit
malformed:
	    ; truncated or malformed header: drop
	 854: StMemW dst: rfp src: r0 off: -76 imm: 2
	 855: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 857: MovReg dst: r2 src: rfp
	 858: AddImm dst: r2 imm: -76
	 859: Call FnMapLookupElem
	 860: JEqImm dst: r0 off: -1 imm: 0 <count_done_70>
	 861: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 862: AddImm dst: r1 imm: 1
	 863: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 864: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 865: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 866: AddReg dst: r2 src: r1
	 867: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_70:
	 868: MovImm dst: r0 imm: 2
	 869: Exit

== subject-256 policy_egress (section tcx/ingress, enforced=true, 763 instructions)
	    ; egress policy of identity 256 (enforced=true): parse Ethernet
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
	  13: JEqImm dst: r5 off: -1 imm: 56710 <ipv6>
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
	  58: JEqImm dst: r5 off: -1 imm: 132 <sctp_4>
	  59: JEqImm dst: r5 off: -1 imm: 1 <icmp_4>
	  60: Ja off: -1 <l4done_4>
tcp_4:
	  61: MovReg dst: r0 src: r4
	  62: AddImm dst: r0 imm: 20
	  63: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  64: Ja off: -1 <ports_4>
udp_4:
	  65: MovReg dst: r0 src: r4
	  66: AddImm dst: r0 imm: 8
	  67: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  68: Ja off: -1 <ports_4>
sctp_4:
	  69: MovReg dst: r0 src: r4
	  70: AddImm dst: r0 imm: 12
	  71: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  72: Ja off: -1 <ports_4>
ports_4:
	  73: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  74: StXMemW dst: rfp src: r1 off: -144 imm: 0
	  75: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  76: SwapBE dst: r8 
	  77: Ja off: -1 <l4done_4>
icmp_4:
	    ; ICMP type (echo tracked by identifier)
	  78: MovReg dst: r0 src: r4
	  79: AddImm dst: r0 imm: 8
	  80: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  81: LdXMemB dst: r8 src: r4 off: 0 imm: 0
	  82: JEqImm dst: r8 off: -1 imm: 8 <echoreq_4>
	  83: JEqImm dst: r8 off: -1 imm: 0 <echorep_4>
	  84: OrImm dst: r7 imm: 512
	  85: Ja off: -1 <l4done_4>
echoreq_4:
	  86: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	  87: StXMemH dst: rfp src: r1 off: -144 imm: 0
	  88: Ja off: -1 <l4done_4>
echorep_4:
	  89: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	  90: StXMemH dst: rfp src: r1 off: -142 imm: 0
	  91: Ja off: -1 <l4done_4>
l4done_4:
	  92: StXMemB dst: rfp src: r5 off: -140 imm: 0
	  93: StMemB dst: rfp src: r0 off: -139 imm: 1
	  94: StMemH dst: rfp src: r0 off: -138 imm: 0
	  95: StMemW dst: rfp src: r0 off: -136 imm: 256
	  96: StMemB dst: rfp src: r0 off: -72 imm: 4
	  97: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	  98: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	  99: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 100: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 101: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 102: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 103: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 104: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 105: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 106: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 107: StMemB dst: rfp src: r0 off: -139 imm: 0
	 108: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	 109: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 110: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 111: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 112: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 113: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 114: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 115: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 116: StXMemH dst: rfp src: r1 off: -142 imm: 0
	 117: StMemB dst: rfp src: r0 off: -139 imm: 0
	 118: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	 119: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 121: MovReg dst: r2 src: rfp
	 122: AddImm dst: r2 imm: -152
	 123: Call FnMapLookupElem
	 124: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 125: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 126: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 127: Ja off: -1 <ct_reply>
ct_miss_3:
	 128: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 129: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	 130: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 131: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 132: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 133: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 134: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 135: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 136: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 137: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_6:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 138: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 140: MovReg dst: r2 src: rfp
	 141: AddImm dst: r2 imm: -148
	 142: Call FnMapLookupElem
	 143: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 144: StMemW dst: rfp src: r0 off: -100 imm: 32
	 145: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 146: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 147: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 149: MovReg dst: r2 src: rfp
	 150: AddImm dst: r2 imm: -100
	 151: Call FnMapLookupElem
	 152: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 153: StMemW dst: rfp src: r0 off: -80 imm: 9
	 154: Ja off: -1 <membership>
ipv6:
	    ; IPv6 header
	 155: MovReg dst: r0 src: r4
	 156: AddImm dst: r0 imm: 40
	 157: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 158: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 159: AndImm dst: r1 imm: 240
	 160: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 161: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 162: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 163: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 164: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 165: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 166: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 167: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 168: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 169: MovImm dst: r7 imm: 0
	 170: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 171: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 172: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 173: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 174: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 175: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 176: Ja off: -1 <l4_6>
v6_opt_7:
	 177: MovReg dst: r0 src: r4
	 178: AddImm dst: r0 imm: 8
	 179: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 180: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 181: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 182: AddImm dst: r1 imm: 1
	 183: LShImm dst: r1 imm: 3
	 184: AddReg dst: r4 src: r1
	 185: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 186: MovReg dst: r0 src: r4
	 187: AddImm dst: r0 imm: 8
	 188: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 189: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 190: SwapBE dst: r1 
	 191: AndImm dst: r1 imm: 65528
	 192: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 193: OrImm dst: r7 imm: 768
	 194: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 195: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 196: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 197: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 198: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 199: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 200: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 201: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 202: Ja off: -1 <l4_6>
v6_opt_11:
	 203: MovReg dst: r0 src: r4
	 204: AddImm dst: r0 imm: 8
	 205: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 206: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 207: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 208: AddImm dst: r1 imm: 1
	 209: LShImm dst: r1 imm: 3
	 210: AddReg dst: r4 src: r1
	 211: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 212: MovReg dst: r0 src: r4
	 213: AddImm dst: r0 imm: 8
	 214: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 215: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 216: SwapBE dst: r1 
	 217: AndImm dst: r1 imm: 65528
	 218: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 219: OrImm dst: r7 imm: 768
	 220: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 221: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 222: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 223: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 224: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 225: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 226: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 227: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 228: Ja off: -1 <l4_6>
v6_opt_15:
	 229: MovReg dst: r0 src: r4
	 230: AddImm dst: r0 imm: 8
	 231: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 232: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 233: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 234: AddImm dst: r1 imm: 1
	 235: LShImm dst: r1 imm: 3
	 236: AddReg dst: r4 src: r1
	 237: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 238: MovReg dst: r0 src: r4
	 239: AddImm dst: r0 imm: 8
	 240: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 241: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 242: SwapBE dst: r1 
	 243: AndImm dst: r1 imm: 65528
	 244: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 245: OrImm dst: r7 imm: 768
	 246: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 247: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 248: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 249: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 250: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 251: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 252: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 253: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 254: Ja off: -1 <l4_6>
v6_opt_19:
	 255: MovReg dst: r0 src: r4
	 256: AddImm dst: r0 imm: 8
	 257: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 258: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 259: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 260: AddImm dst: r1 imm: 1
	 261: LShImm dst: r1 imm: 3
	 262: AddReg dst: r4 src: r1
	 263: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 264: MovReg dst: r0 src: r4
	 265: AddImm dst: r0 imm: 8
	 266: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 267: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 268: SwapBE dst: r1 
	 269: AndImm dst: r1 imm: 65528
	 270: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 271: OrImm dst: r7 imm: 768
	 272: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 273: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 274: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 275: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 276: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 277: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 278: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 279: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 280: Ja off: -1 <l4_6>
v6_opt_23:
	 281: MovReg dst: r0 src: r4
	 282: AddImm dst: r0 imm: 8
	 283: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 284: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 285: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 286: AddImm dst: r1 imm: 1
	 287: LShImm dst: r1 imm: 3
	 288: AddReg dst: r4 src: r1
	 289: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 290: MovReg dst: r0 src: r4
	 291: AddImm dst: r0 imm: 8
	 292: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 293: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 294: SwapBE dst: r1 
	 295: AndImm dst: r1 imm: 65528
	 296: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 297: OrImm dst: r7 imm: 768
	 298: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 299: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 300: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 301: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 302: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 303: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 304: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 305: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 306: Ja off: -1 <l4_6>
v6_opt_27:
	 307: MovReg dst: r0 src: r4
	 308: AddImm dst: r0 imm: 8
	 309: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 310: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 311: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 312: AddImm dst: r1 imm: 1
	 313: LShImm dst: r1 imm: 3
	 314: AddReg dst: r4 src: r1
	 315: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 316: MovReg dst: r0 src: r4
	 317: AddImm dst: r0 imm: 8
	 318: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 319: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 320: SwapBE dst: r1 
	 321: AndImm dst: r1 imm: 65528
	 322: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 323: OrImm dst: r7 imm: 768
	 324: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 325: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 326: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 327: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 328: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 329: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 330: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 331: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 332: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 333: OrReg dst: r7 src: r5
	 334: MovImm dst: r8 imm: 0
	 335: StMemW dst: rfp src: r0 off: -120 imm: 0
	 336: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 337: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 338: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 339: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 340: Ja off: -1 <l4done_6>
tcp_6:
	 341: MovReg dst: r0 src: r4
	 342: AddImm dst: r0 imm: 20
	 343: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 344: Ja off: -1 <ports_6>
udp_6:
	 345: MovReg dst: r0 src: r4
	 346: AddImm dst: r0 imm: 8
	 347: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 348: Ja off: -1 <ports_6>
sctp_6:
	 349: MovReg dst: r0 src: r4
	 350: AddImm dst: r0 imm: 12
	 351: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 352: Ja off: -1 <ports_6>
ports_6:
	 353: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 354: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 355: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 356: SwapBE dst: r8 
	 357: Ja off: -1 <l4done_6>
l4done_6:
	 358: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 359: StMemB dst: rfp src: r0 off: -115 imm: 1
	 360: StMemH dst: rfp src: r0 off: -114 imm: 0
	 361: StMemW dst: rfp src: r0 off: -112 imm: 256
	 362: StMemB dst: rfp src: r0 off: -72 imm: 6
	 363: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 364: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_38>
	 365: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 366: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 367: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 368: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 369: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 370: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 371: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 372: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 373: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 374: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 375: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 376: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 377: StMemB dst: rfp src: r0 off: -115 imm: 0
	 378: Ja off: -1 <ct_ordered_37>
ct_swap_36:
	 379: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 380: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 381: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 382: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 383: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 384: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 385: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 386: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 387: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 388: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 389: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 390: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 391: StMemB dst: rfp src: r0 off: -115 imm: 0
	 392: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_37:
	 393: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 395: MovReg dst: r2 src: rfp
	 396: AddImm dst: r2 imm: -152
	 397: Call FnMapLookupElem
	 398: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 399: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 400: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 401: Ja off: -1 <ct_reply>
ct_miss_35:
	 402: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 403: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_38>
	 404: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 405: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 406: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 407: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 408: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 409: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 410: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 411: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 412: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 413: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 414: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 415: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_38:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 416: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 418: MovReg dst: r2 src: rfp
	 419: AddImm dst: r2 imm: -136
	 420: Call FnMapLookupElem
	 421: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 422: StMemW dst: rfp src: r0 off: -100 imm: 128
	 423: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 424: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 425: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 426: StXMemW dst: rfp src: r1 off: -92 imm: 0
	 427: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 428: StXMemW dst: rfp src: r1 off: -88 imm: 0
	 429: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 430: StXMemW dst: rfp src: r1 off: -84 imm: 0
	 431: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 433: MovReg dst: r2 src: rfp
	 434: AddImm dst: r2 imm: -100
	 435: Call FnMapLookupElem
	 436: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 437: StMemW dst: rfp src: r0 off: -80 imm: 10
	 438: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 439: StMemW dst: rfp src: r0 off: -76 imm: 3
	 440: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 442: MovReg dst: r2 src: rfp
	 443: AddImm dst: r2 imm: -76
	 444: Call FnMapLookupElem
	 445: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 446: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 447: AddImm dst: r1 imm: 1
	 448: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 449: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 450: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 451: AddReg dst: r2 src: r1
	 452: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 453: MovImm dst: r0 imm: 0
	 454: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 455: StMemW dst: rfp src: r0 off: -76 imm: 4
	 456: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 458: MovReg dst: r2 src: rfp
	 459: AddImm dst: r2 imm: -76
	 460: Call FnMapLookupElem
	 461: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 462: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 463: AddImm dst: r1 imm: 1
	 464: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 465: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 466: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 467: AddReg dst: r2 src: r1
	 468: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 469: MovImm dst: r0 imm: 0
	 470: Exit
have_identity:
	 471: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 472: StXMemW dst: rfp src: r1 off: -80 imm: 0
membership:
	    ; selector membership of the peer identity
	 473: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 475: MovReg dst: r2 src: rfp
	 476: AddImm dst: r2 imm: -80
	 477: Call FnMapLookupElem
	 478: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 479: MovReg dst: r9 src: r0
	 480: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 481: StMemW dst: rfp src: r0 off: -76 imm: 6
	 482: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 484: MovReg dst: r2 src: rfp
	 485: AddImm dst: r2 imm: -76
	 486: Call FnMapLookupElem
	 487: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 488: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 489: AddImm dst: r1 imm: 1
	 490: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 491: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 492: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 493: AddReg dst: r2 src: r1
	 494: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 495: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 496: MovReg dst: r1 src: r7
	 497: AndImm dst: r1 imm: 511
	 498: JEqImm dst: r1 off: -1 imm: 1 <tree_1>
	 499: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 500: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 501: JEqImm dst: r1 off: -1 imm: 388 <class_4>
	 502: Ja off: -1 <class_0>
tree_1:
	    ; protocol 1: port compare tree over 5 intervals
	 503: JGEImm dst: r8 off: -1 imm: 129 <ge_42>
	 504: JGEImm dst: r8 off: -1 imm: 128 <ge_43>
	 505: Ja off: -1 <class_0>
ge_43:
	 506: Ja off: -1 <class_1>
ge_42:
	 507: JGEImm dst: r8 off: -1 imm: 135 <ge_44>
	 508: Ja off: -1 <class_0>
ge_44:
	 509: JGEImm dst: r8 off: -1 imm: 136 <ge_45>
	 510: Ja off: -1 <class_2>
ge_45:
	 511: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 3 intervals
	 512: JGEImm dst: r8 off: -1 imm: 22 <ge_46>
	 513: Ja off: -1 <class_0>
ge_46:
	 514: JGEImm dst: r8 off: -1 imm: 82 <ge_47>
	 515: Ja off: -1 <class_3>
ge_47:
	 516: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 1 intervals
	 517: Ja off: -1 <class_4>
class_0:
	    ; class 0: candidates in precedence order [5]
	 518: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 519: JSet32Imm dst: r1 off: -1 imm: 16 <c0_entry5_48>
	 520: Ja off: -1 <default>
c0_entry5_48:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 521: MovImm dst: r8 imm: 5
	 522: Ja off: -1 <verdict_deny>
class_1:
	    ; class 1: candidates in precedence order [5 8]
	 523: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 524: JSet32Imm dst: r1 off: -1 imm: 16 <c1_entry5_49>
	 525: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry8_50>
	 526: Ja off: -1 <default>
c1_entry5_49:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 527: MovImm dst: r8 imm: 5
	 528: Ja off: -1 <verdict_deny>
c1_entry8_50:
	    ; entry 8 allow peer={} proto=1 ports=128-128: ns/random random.yaml:8:3
	 529: MovImm dst: r8 imm: 8
	 530: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [5 9]
	 531: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 532: JSet32Imm dst: r1 off: -1 imm: 16 <c2_entry5_51>
	 533: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry9_52>
	 534: Ja off: -1 <default>
c2_entry5_51:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 535: MovImm dst: r8 imm: 5
	 536: Ja off: -1 <verdict_deny>
c2_entry9_52:
	    ; entry 9 allow peer={reserved.host=} proto=1 ports=135-135: ns/random random.yaml:9:3
	 537: MovImm dst: r8 imm: 9
	 538: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [5 6]
	 539: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 540: JSet32Imm dst: r1 off: -1 imm: 16 <c3_entry5_53>
	 541: JSet32Imm dst: r1 off: -1 imm: 1 <c3_entry6_54>
	 542: Ja off: -1 <default>
c3_entry5_53:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 543: MovImm dst: r8 imm: 5
	 544: Ja off: -1 <verdict_deny>
c3_entry6_54:
	    ; entry 6 deny peer={} proto=6 ports=22-81: ns/random random.yaml:6:3
	 545: MovImm dst: r8 imm: 6
	 546: Ja off: -1 <verdict_deny>
class_4:
	    ; class 4: candidates in precedence order [5 7]
	 547: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 548: JSet32Imm dst: r1 off: -1 imm: 16 <c4_entry5_55>
	 549: JSet32Imm dst: r1 off: -1 imm: 8 <c4_entry7_56>
	 550: Ja off: -1 <default>
c4_entry5_55:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 551: MovImm dst: r8 imm: 5
	 552: Ja off: -1 <verdict_deny>
c4_entry7_56:
	    ; entry 7 deny peer={k8s.app=b} proto=132 ports=0-65535: ns/random random.yaml:7:3
	 553: MovImm dst: r8 imm: 7
	 554: Ja off: -1 <verdict_deny>
default:
	    ; no entry matches: deny (enforced=true)
	 555: MovImm dst: r8 imm: 0
	 556: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 557: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 558: XorReg dst: r8 src: r1
	 559: XorReg dst: r8 src: r1
	 560: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 561: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 563: MovReg dst: r2 src: rfp
	 564: AddImm dst: r2 imm: -76
	 565: Call FnMapLookupElem
	 566: JEqImm dst: r0 off: -1 imm: 0 <count_done_57>
	 567: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 568: AddImm dst: r1 imm: 1
	 569: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 570: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 571: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 572: AddReg dst: r2 src: r1
	 573: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_57:
	 574: StMemW dst: rfp src: r0 off: -64 imm: 256
	 575: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 576: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 577: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 578: StMemW dst: rfp src: r0 off: -44 imm: 0
	 579: StMemW dst: rfp src: r0 off: -40 imm: 0
	 580: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 581: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_58>
	 582: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 583: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 584: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	 585: OrImm dst: r1 imm: 67174400
	 586: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 587: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 588: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 589: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 590: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 591: StMemW dst: rfp src: r0 off: -32 imm: 0
	 592: StMemW dst: rfp src: r0 off: -16 imm: 0
	 593: StMemW dst: rfp src: r0 off: -28 imm: 0
	 594: StMemW dst: rfp src: r0 off: -12 imm: 0
	 595: StMemW dst: rfp src: r0 off: -24 imm: 0
	 596: StMemW dst: rfp src: r0 off: -8 imm: 0
	 597: Ja off: -1 <fam_done_59>
fam_v6_58:
	 598: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 599: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 600: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 601: OrImm dst: r1 imm: 100728832
	 602: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 603: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 604: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 605: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 606: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 607: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 608: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 609: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 610: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 611: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 612: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 613: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 614: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 615: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 616: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 617: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 618: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_59:
	 619: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 621: MovReg dst: r2 src: rfp
	 622: AddImm dst: r2 imm: -64
	 623: MovImm dst: r3 imm: 60
	 624: MovImm dst: r4 imm: 0
	 625: Call FnRingbufOutput
	 626: MovImm dst: r0 imm: 2
	 627: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 628: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 629: XorReg dst: r8 src: r1
	 630: XorReg dst: r8 src: r1
	 631: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 632: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 634: MovReg dst: r2 src: rfp
	 635: AddImm dst: r2 imm: -76
	 636: Call FnMapLookupElem
	 637: JEqImm dst: r0 off: -1 imm: 0 <count_done_60>
	 638: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 639: AddImm dst: r1 imm: 1
	 640: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 641: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 642: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 643: AddReg dst: r2 src: r1
	 644: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_60:
	 645: StMemW dst: rfp src: r0 off: -64 imm: 256
	 646: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 647: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 648: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 649: StMemW dst: rfp src: r0 off: -44 imm: 0
	 650: StMemW dst: rfp src: r0 off: -40 imm: 0
	 651: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 652: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_61>
	 653: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 654: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 655: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	 656: OrImm dst: r1 imm: 67174656
	 657: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 658: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 659: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 660: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 661: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 662: StMemW dst: rfp src: r0 off: -32 imm: 0
	 663: StMemW dst: rfp src: r0 off: -16 imm: 0
	 664: StMemW dst: rfp src: r0 off: -28 imm: 0
	 665: StMemW dst: rfp src: r0 off: -12 imm: 0
	 666: StMemW dst: rfp src: r0 off: -24 imm: 0
	 667: StMemW dst: rfp src: r0 off: -8 imm: 0
	 668: Ja off: -1 <fam_done_62>
fam_v6_61:
	 669: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 670: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 671: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 672: OrImm dst: r1 imm: 100729088
	 673: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 674: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 675: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 676: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 677: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 678: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 679: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 680: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 681: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 682: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 683: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 684: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 685: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 686: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 687: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 688: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 689: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_62:
	 690: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 692: MovReg dst: r2 src: rfp
	 693: AddImm dst: r2 imm: -64
	 694: MovImm dst: r3 imm: 60
	 695: MovImm dst: r4 imm: 0
	 696: Call FnRingbufOutput
	 697: JSetImm dst: r7 off: -1 imm: 512 <fam_done_65>
	 698: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 699: StMemH dst: rfp src: r0 off: -104 imm: 0
	 700: StMemB dst: rfp src: r0 off: -102 imm: 1
	 701: StMemB dst: rfp src: r0 off: -101 imm: 1
	 702: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 703: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_64>
	 704: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 705: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_66>
	 706: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 707: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 708: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 709: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 710: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 711: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 712: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 713: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_66:
	 714: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 716: MovReg dst: r2 src: rfp
	 717: AddImm dst: r2 imm: -152
	 718: MovReg dst: r3 src: rfp
	 719: AddImm dst: r3 imm: -108
	 720: MovImm dst: r4 imm: 0
	 721: Call FnMapUpdateElem
	 722: Ja off: -1 <fam_done_65>
fam_v6_64:
	 723: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 724: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_67>
	 725: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 726: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 727: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 728: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 729: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 730: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 731: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 732: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 733: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 734: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 735: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 736: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_67:
	 737: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 739: MovReg dst: r2 src: rfp
	 740: AddImm dst: r2 imm: -152
	 741: MovReg dst: r3 src: rfp
	 742: AddImm dst: r3 imm: -108
	 743: MovImm dst: r4 imm: 0
	 744: Call FnMapUpdateElem
fam_done_65:
	 745: MovImm dst: r0 imm: 0
	 746: Exit
malformed:
	    ; truncated or malformed header: drop
	 747: StMemW dst: rfp src: r0 off: -76 imm: 2
	 748: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 750: MovReg dst: r2 src: rfp
	 751: AddImm dst: r2 imm: -76
	 752: Call FnMapLookupElem
	 753: JEqImm dst: r0 off: -1 imm: 0 <count_done_68>
	 754: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 755: AddImm dst: r1 imm: 1
	 756: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 757: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 758: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 759: AddReg dst: r2 src: r1
	 760: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_68:
	 761: MovImm dst: r0 imm: 2
	 762: Exit

== subject-257 policy_ingress (section tcx/egress, enforced=false, 557 instructions)
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
	  13: JEqImm dst: r5 off: -1 imm: 56710 <ipv6>
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
	  58: JEqImm dst: r5 off: -1 imm: 132 <sctp_4>
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
sctp_4:
	  68: MovReg dst: r0 src: r4
	  69: AddImm dst: r0 imm: 12
	  70: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  71: Ja off: -1 <ports_4>
ports_4:
	  72: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  73: StXMemW dst: rfp src: r1 off: -144 imm: 0
	  74: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  75: SwapBE dst: r8 
	  76: Ja off: -1 <l4done_4>
l4done_4:
	  77: StXMemB dst: rfp src: r5 off: -140 imm: 0
	  78: StMemB dst: rfp src: r0 off: -139 imm: 0
	  79: StMemH dst: rfp src: r0 off: -138 imm: 0
	  80: StMemW dst: rfp src: r0 off: -136 imm: 257
	  81: StMemB dst: rfp src: r0 off: -72 imm: 4
	  82: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	  83: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	  84: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	  85: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	  86: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  87: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	  88: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	  89: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	  90: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  91: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	  92: StMemB dst: rfp src: r0 off: -139 imm: 0
	  93: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	  94: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	  95: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	  96: StXMemW dst: rfp src: r2 off: -152 imm: 0
	  97: StXMemW dst: rfp src: r1 off: -148 imm: 0
	  98: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	  99: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 100: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 101: StXMemH dst: rfp src: r1 off: -142 imm: 0
	 102: StMemB dst: rfp src: r0 off: -139 imm: 1
	 103: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	 104: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 106: MovReg dst: r2 src: rfp
	 107: AddImm dst: r2 imm: -152
	 108: Call FnMapLookupElem
	 109: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 110: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 111: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 112: Ja off: -1 <ct_reply>
ct_miss_3:
	 113: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 114: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	 115: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 116: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 117: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 118: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 119: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 120: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 121: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 122: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_6:
	 123: StMemW dst: rfp src: r0 off: -80 imm: 0
	 124: Ja off: -1 <default>
ipv6:
	    ; IPv6 header
	 125: MovReg dst: r0 src: r4
	 126: AddImm dst: r0 imm: 40
	 127: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 128: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 129: AndImm dst: r1 imm: 240
	 130: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 131: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 132: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 133: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 134: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 135: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 136: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 137: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 138: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 139: MovImm dst: r7 imm: 0
	 140: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 141: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 142: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 143: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 144: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 145: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 146: Ja off: -1 <l4_6>
v6_opt_7:
	 147: MovReg dst: r0 src: r4
	 148: AddImm dst: r0 imm: 8
	 149: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 150: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 151: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 152: AddImm dst: r1 imm: 1
	 153: LShImm dst: r1 imm: 3
	 154: AddReg dst: r4 src: r1
	 155: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 156: MovReg dst: r0 src: r4
	 157: AddImm dst: r0 imm: 8
	 158: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 159: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 160: SwapBE dst: r1 
	 161: AndImm dst: r1 imm: 65528
	 162: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 163: OrImm dst: r7 imm: 768
	 164: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 165: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 166: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 167: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 168: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 169: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 170: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 171: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 172: Ja off: -1 <l4_6>
v6_opt_11:
	 173: MovReg dst: r0 src: r4
	 174: AddImm dst: r0 imm: 8
	 175: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 176: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 177: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 178: AddImm dst: r1 imm: 1
	 179: LShImm dst: r1 imm: 3
	 180: AddReg dst: r4 src: r1
	 181: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 182: MovReg dst: r0 src: r4
	 183: AddImm dst: r0 imm: 8
	 184: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 185: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 186: SwapBE dst: r1 
	 187: AndImm dst: r1 imm: 65528
	 188: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 189: OrImm dst: r7 imm: 768
	 190: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 191: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 192: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 193: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 194: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 195: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 196: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 197: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 198: Ja off: -1 <l4_6>
v6_opt_15:
	 199: MovReg dst: r0 src: r4
	 200: AddImm dst: r0 imm: 8
	 201: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 202: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 203: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 204: AddImm dst: r1 imm: 1
	 205: LShImm dst: r1 imm: 3
	 206: AddReg dst: r4 src: r1
	 207: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 208: MovReg dst: r0 src: r4
	 209: AddImm dst: r0 imm: 8
	 210: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 211: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 212: SwapBE dst: r1 
	 213: AndImm dst: r1 imm: 65528
	 214: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 215: OrImm dst: r7 imm: 768
	 216: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 217: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 218: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 219: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 220: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 221: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 222: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 223: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 224: Ja off: -1 <l4_6>
v6_opt_19:
	 225: MovReg dst: r0 src: r4
	 226: AddImm dst: r0 imm: 8
	 227: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 228: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 229: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 230: AddImm dst: r1 imm: 1
	 231: LShImm dst: r1 imm: 3
	 232: AddReg dst: r4 src: r1
	 233: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 234: MovReg dst: r0 src: r4
	 235: AddImm dst: r0 imm: 8
	 236: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 237: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 238: SwapBE dst: r1 
	 239: AndImm dst: r1 imm: 65528
	 240: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 241: OrImm dst: r7 imm: 768
	 242: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 243: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 244: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 245: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 246: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 247: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 248: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 249: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 250: Ja off: -1 <l4_6>
v6_opt_23:
	 251: MovReg dst: r0 src: r4
	 252: AddImm dst: r0 imm: 8
	 253: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 254: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 255: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 256: AddImm dst: r1 imm: 1
	 257: LShImm dst: r1 imm: 3
	 258: AddReg dst: r4 src: r1
	 259: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 260: MovReg dst: r0 src: r4
	 261: AddImm dst: r0 imm: 8
	 262: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 263: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 264: SwapBE dst: r1 
	 265: AndImm dst: r1 imm: 65528
	 266: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 267: OrImm dst: r7 imm: 768
	 268: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 269: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 270: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 271: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 272: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 273: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 274: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 275: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 276: Ja off: -1 <l4_6>
v6_opt_27:
	 277: MovReg dst: r0 src: r4
	 278: AddImm dst: r0 imm: 8
	 279: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 280: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 281: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 282: AddImm dst: r1 imm: 1
	 283: LShImm dst: r1 imm: 3
	 284: AddReg dst: r4 src: r1
	 285: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 286: MovReg dst: r0 src: r4
	 287: AddImm dst: r0 imm: 8
	 288: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 289: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 290: SwapBE dst: r1 
	 291: AndImm dst: r1 imm: 65528
	 292: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 293: OrImm dst: r7 imm: 768
	 294: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 295: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 296: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 297: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 298: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 299: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 300: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 301: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 302: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 303: OrReg dst: r7 src: r5
	 304: MovImm dst: r8 imm: 0
	 305: StMemW dst: rfp src: r0 off: -120 imm: 0
	 306: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 307: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 308: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 309: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 310: Ja off: -1 <l4done_6>
tcp_6:
	 311: MovReg dst: r0 src: r4
	 312: AddImm dst: r0 imm: 20
	 313: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 314: Ja off: -1 <ports_6>
udp_6:
	 315: MovReg dst: r0 src: r4
	 316: AddImm dst: r0 imm: 8
	 317: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 318: Ja off: -1 <ports_6>
sctp_6:
	 319: MovReg dst: r0 src: r4
	 320: AddImm dst: r0 imm: 12
	 321: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 322: Ja off: -1 <ports_6>
ports_6:
	 323: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 324: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 325: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 326: SwapBE dst: r8 
	 327: Ja off: -1 <l4done_6>
l4done_6:
	 328: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 329: StMemB dst: rfp src: r0 off: -115 imm: 0
	 330: StMemH dst: rfp src: r0 off: -114 imm: 0
	 331: StMemW dst: rfp src: r0 off: -112 imm: 257
	 332: StMemB dst: rfp src: r0 off: -72 imm: 6
	 333: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 334: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_38>
	 335: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 336: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 337: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 338: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 339: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 340: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 341: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 342: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 343: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 344: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 345: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 346: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 347: StMemB dst: rfp src: r0 off: -115 imm: 0
	 348: Ja off: -1 <ct_ordered_37>
ct_swap_36:
	 349: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 350: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 351: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 352: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 353: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 354: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 355: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 356: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 357: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 358: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 359: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 360: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 361: StMemB dst: rfp src: r0 off: -115 imm: 1
	 362: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_37:
	 363: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 365: MovReg dst: r2 src: rfp
	 366: AddImm dst: r2 imm: -152
	 367: Call FnMapLookupElem
	 368: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 369: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 370: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 371: Ja off: -1 <ct_reply>
ct_miss_35:
	 372: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 373: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_38>
	 374: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 375: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 376: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 377: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 378: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 379: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 380: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 381: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 382: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 383: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 384: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 385: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_38:
	 386: StMemW dst: rfp src: r0 off: -80 imm: 0
	 387: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 388: StMemW dst: rfp src: r0 off: -76 imm: 3
	 389: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 391: MovReg dst: r2 src: rfp
	 392: AddImm dst: r2 imm: -76
	 393: Call FnMapLookupElem
	 394: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 395: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 396: AddImm dst: r1 imm: 1
	 397: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 398: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 399: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 400: AddReg dst: r2 src: r1
	 401: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 402: MovImm dst: r0 imm: 0
	 403: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 404: StMemW dst: rfp src: r0 off: -76 imm: 4
	 405: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 407: MovReg dst: r2 src: rfp
	 408: AddImm dst: r2 imm: -76
	 409: Call FnMapLookupElem
	 410: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 411: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 412: AddImm dst: r1 imm: 1
	 413: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 414: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 415: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 416: AddReg dst: r2 src: r1
	 417: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 418: MovImm dst: r0 imm: 0
	 419: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 420: MovImm dst: r8 imm: 0
	 421: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 422: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 423: XorReg dst: r8 src: r1
	 424: XorReg dst: r8 src: r1
	 425: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 426: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 428: MovReg dst: r2 src: rfp
	 429: AddImm dst: r2 imm: -76
	 430: Call FnMapLookupElem
	 431: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 432: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 433: AddImm dst: r1 imm: 1
	 434: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 435: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 436: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 437: AddReg dst: r2 src: r1
	 438: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 439: StMemW dst: rfp src: r0 off: -60 imm: 257
	 440: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 441: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 442: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 443: StMemW dst: rfp src: r0 off: -44 imm: 0
	 444: StMemW dst: rfp src: r0 off: -40 imm: 0
	 445: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 446: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 447: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 448: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 449: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	 450: OrImm dst: r1 imm: 67109120
	 451: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 452: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 453: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 454: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 455: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 456: StMemW dst: rfp src: r0 off: -32 imm: 0
	 457: StMemW dst: rfp src: r0 off: -16 imm: 0
	 458: StMemW dst: rfp src: r0 off: -28 imm: 0
	 459: StMemW dst: rfp src: r0 off: -12 imm: 0
	 460: StMemW dst: rfp src: r0 off: -24 imm: 0
	 461: StMemW dst: rfp src: r0 off: -8 imm: 0
	 462: Ja off: -1 <fam_done_43>
fam_v6_42:
	 463: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 464: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 465: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 466: OrImm dst: r1 imm: 100663552
	 467: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 468: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 469: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 470: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 471: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 472: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 473: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 474: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 475: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 476: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 477: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 478: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 479: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 480: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 481: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 482: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 483: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 484: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 486: MovReg dst: r2 src: rfp
	 487: AddImm dst: r2 imm: -64
	 488: MovImm dst: r3 imm: 60
	 489: MovImm dst: r4 imm: 0
	 490: Call FnRingbufOutput
	 491: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 492: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 493: StMemH dst: rfp src: r0 off: -104 imm: 0
	 494: StMemB dst: rfp src: r0 off: -102 imm: 1
	 495: StMemB dst: rfp src: r0 off: -101 imm: 0
	 496: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 497: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 498: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 499: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_47>
	 500: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 501: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 502: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 503: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 504: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 505: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 506: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 507: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_47:
	 508: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 510: MovReg dst: r2 src: rfp
	 511: AddImm dst: r2 imm: -152
	 512: MovReg dst: r3 src: rfp
	 513: AddImm dst: r3 imm: -108
	 514: MovImm dst: r4 imm: 0
	 515: Call FnMapUpdateElem
	 516: Ja off: -1 <fam_done_46>
fam_v6_45:
	 517: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 518: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_48>
	 519: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 520: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 521: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 522: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 523: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 524: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 525: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 526: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 527: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 528: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 529: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 530: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_48:
	 531: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 533: MovReg dst: r2 src: rfp
	 534: AddImm dst: r2 imm: -152
	 535: MovReg dst: r3 src: rfp
	 536: AddImm dst: r3 imm: -108
	 537: MovImm dst: r4 imm: 0
	 538: Call FnMapUpdateElem
fam_done_46:
	 539: MovImm dst: r0 imm: 0
	 540: Exit
malformed:
	    ; truncated or malformed header: drop
	 541: StMemW dst: rfp src: r0 off: -76 imm: 2
	 542: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 544: MovReg dst: r2 src: rfp
	 545: AddImm dst: r2 imm: -76
	 546: Call FnMapLookupElem
	 547: JEqImm dst: r0 off: -1 imm: 0 <count_done_49>
	 548: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 549: AddImm dst: r1 imm: 1
	 550: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 551: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 552: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 553: AddReg dst: r2 src: r1
	 554: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_49:
	 555: MovImm dst: r0 imm: 2
	 556: Exit

== subject-257 policy_egress (section tcx/ingress, enforced=true, 733 instructions)
	    ; egress policy of identity 257 (enforced=true): parse Ethernet
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
	  13: JEqImm dst: r5 off: -1 imm: 56710 <ipv6>
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
	  58: JEqImm dst: r5 off: -1 imm: 132 <sctp_4>
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
sctp_4:
	  68: MovReg dst: r0 src: r4
	  69: AddImm dst: r0 imm: 12
	  70: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  71: Ja off: -1 <ports_4>
ports_4:
	  72: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  73: StXMemW dst: rfp src: r1 off: -144 imm: 0
	  74: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  75: SwapBE dst: r8 
	  76: Ja off: -1 <l4done_4>
l4done_4:
	  77: StXMemB dst: rfp src: r5 off: -140 imm: 0
	  78: StMemB dst: rfp src: r0 off: -139 imm: 1
	  79: StMemH dst: rfp src: r0 off: -138 imm: 0
	  80: StMemW dst: rfp src: r0 off: -136 imm: 257
	  81: StMemB dst: rfp src: r0 off: -72 imm: 4
	  82: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	  83: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	  84: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	  85: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	  86: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  87: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	  88: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	  89: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	  90: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  91: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	  92: StMemB dst: rfp src: r0 off: -139 imm: 0
	  93: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	  94: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	  95: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	  96: StXMemW dst: rfp src: r2 off: -152 imm: 0
	  97: StXMemW dst: rfp src: r1 off: -148 imm: 0
	  98: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	  99: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 100: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 101: StXMemH dst: rfp src: r1 off: -142 imm: 0
	 102: StMemB dst: rfp src: r0 off: -139 imm: 0
	 103: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	 104: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 106: MovReg dst: r2 src: rfp
	 107: AddImm dst: r2 imm: -152
	 108: Call FnMapLookupElem
	 109: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 110: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 111: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 112: Ja off: -1 <ct_reply>
ct_miss_3:
	 113: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 114: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	 115: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 116: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 117: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 118: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 119: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 120: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 121: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 122: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_6:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 123: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 125: MovReg dst: r2 src: rfp
	 126: AddImm dst: r2 imm: -148
	 127: Call FnMapLookupElem
	 128: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 129: StMemW dst: rfp src: r0 off: -100 imm: 32
	 130: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 131: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 132: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 134: MovReg dst: r2 src: rfp
	 135: AddImm dst: r2 imm: -100
	 136: Call FnMapLookupElem
	 137: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 138: StMemW dst: rfp src: r0 off: -80 imm: 9
	 139: Ja off: -1 <membership>
ipv6:
	    ; IPv6 header
	 140: MovReg dst: r0 src: r4
	 141: AddImm dst: r0 imm: 40
	 142: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 143: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 144: AndImm dst: r1 imm: 240
	 145: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 146: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 147: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 148: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 149: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 150: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 151: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 152: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 153: StXMemDW dst: rfp src: r1 off: -128 imm: 0
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
	 320: StMemW dst: rfp src: r0 off: -120 imm: 0
	 321: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 322: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 323: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 324: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 325: Ja off: -1 <l4done_6>
tcp_6:
	 326: MovReg dst: r0 src: r4
	 327: AddImm dst: r0 imm: 20
	 328: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 329: Ja off: -1 <ports_6>
udp_6:
	 330: MovReg dst: r0 src: r4
	 331: AddImm dst: r0 imm: 8
	 332: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 333: Ja off: -1 <ports_6>
sctp_6:
	 334: MovReg dst: r0 src: r4
	 335: AddImm dst: r0 imm: 12
	 336: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 337: Ja off: -1 <ports_6>
ports_6:
	 338: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 339: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 340: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 341: SwapBE dst: r8 
	 342: Ja off: -1 <l4done_6>
l4done_6:
	 343: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 344: StMemB dst: rfp src: r0 off: -115 imm: 1
	 345: StMemH dst: rfp src: r0 off: -114 imm: 0
	 346: StMemW dst: rfp src: r0 off: -112 imm: 257
	 347: StMemB dst: rfp src: r0 off: -72 imm: 6
	 348: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 349: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_38>
	 350: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 351: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 352: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 353: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 354: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 355: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 356: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 357: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 358: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 359: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 360: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 361: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 362: StMemB dst: rfp src: r0 off: -115 imm: 0
	 363: Ja off: -1 <ct_ordered_37>
ct_swap_36:
	 364: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 365: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 366: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 367: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 368: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 369: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 370: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 371: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 372: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 373: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 374: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 375: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 376: StMemB dst: rfp src: r0 off: -115 imm: 0
	 377: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_37:
	 378: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 380: MovReg dst: r2 src: rfp
	 381: AddImm dst: r2 imm: -152
	 382: Call FnMapLookupElem
	 383: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 384: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 385: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 386: Ja off: -1 <ct_reply>
ct_miss_35:
	 387: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 388: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_38>
	 389: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 390: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 391: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 392: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 393: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 394: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 395: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 396: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 397: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 398: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 399: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 400: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_38:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 401: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 403: MovReg dst: r2 src: rfp
	 404: AddImm dst: r2 imm: -136
	 405: Call FnMapLookupElem
	 406: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 407: StMemW dst: rfp src: r0 off: -100 imm: 128
	 408: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 409: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 410: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 411: StXMemW dst: rfp src: r1 off: -92 imm: 0
	 412: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 413: StXMemW dst: rfp src: r1 off: -88 imm: 0
	 414: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 415: StXMemW dst: rfp src: r1 off: -84 imm: 0
	 416: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 418: MovReg dst: r2 src: rfp
	 419: AddImm dst: r2 imm: -100
	 420: Call FnMapLookupElem
	 421: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 422: StMemW dst: rfp src: r0 off: -80 imm: 10
	 423: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 424: StMemW dst: rfp src: r0 off: -76 imm: 3
	 425: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 427: MovReg dst: r2 src: rfp
	 428: AddImm dst: r2 imm: -76
	 429: Call FnMapLookupElem
	 430: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 431: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 432: AddImm dst: r1 imm: 1
	 433: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 434: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 435: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 436: AddReg dst: r2 src: r1
	 437: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 438: MovImm dst: r0 imm: 0
	 439: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 440: StMemW dst: rfp src: r0 off: -76 imm: 4
	 441: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 443: MovReg dst: r2 src: rfp
	 444: AddImm dst: r2 imm: -76
	 445: Call FnMapLookupElem
	 446: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 447: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 448: AddImm dst: r1 imm: 1
	 449: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 450: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 451: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 452: AddReg dst: r2 src: r1
	 453: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 454: MovImm dst: r0 imm: 0
	 455: Exit
have_identity:
	 456: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 457: StXMemW dst: rfp src: r1 off: -80 imm: 0
membership:
	    ; selector membership of the peer identity
	 458: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 460: MovReg dst: r2 src: rfp
	 461: AddImm dst: r2 imm: -80
	 462: Call FnMapLookupElem
	 463: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 464: MovReg dst: r9 src: r0
	 465: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 466: StMemW dst: rfp src: r0 off: -76 imm: 6
	 467: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 469: MovReg dst: r2 src: rfp
	 470: AddImm dst: r2 imm: -76
	 471: Call FnMapLookupElem
	 472: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 473: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 474: AddImm dst: r1 imm: 1
	 475: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 476: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 477: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 478: AddReg dst: r2 src: r1
	 479: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 480: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 481: MovReg dst: r1 src: r7
	 482: AndImm dst: r1 imm: 511
	 483: JEqImm dst: r1 off: -1 imm: 17 <tree_17>
	 484: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 485: Ja off: -1 <class_0>
tree_17:
	    ; protocol 17: port compare tree over 4 intervals
	 486: JGEImm dst: r8 off: -1 imm: 10000 <ge_42>
	 487: JGEImm dst: r8 off: -1 imm: 1023 <ge_43>
	 488: Ja off: -1 <class_0>
ge_43:
	 489: Ja off: -1 <class_1>
ge_42:
	 490: JGEImm dst: r8 off: -1 imm: 10001 <ge_44>
	 491: Ja off: -1 <class_2>
ge_44:
	 492: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 2 intervals
	 493: JGEImm dst: r8 off: -1 imm: 80 <ge_45>
	 494: Ja off: -1 <class_3>
ge_45:
	 495: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order [13]
	 496: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 497: JSet32Imm dst: r1 off: -1 imm: 4 <c0_entry13_46>
	 498: Ja off: -1 <default>
c0_entry13_46:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 499: MovImm dst: r8 imm: 13
	 500: Ja off: -1 <verdict_deny>
class_1:
	    ; class 1: candidates in precedence order [13 11]
	 501: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 502: JSet32Imm dst: r1 off: -1 imm: 4 <c1_entry13_47>
	 503: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry11_48>
	 504: Ja off: -1 <default>
c1_entry13_47:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 505: MovImm dst: r8 imm: 13
	 506: Ja off: -1 <verdict_deny>
c1_entry11_48:
	    ; entry 11 allow peer={} proto=17 ports=1023-9999: ns/random random.yaml:11:3
	 507: MovImm dst: r8 imm: 11
	 508: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [13 10]
	 509: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 510: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry13_49>
	 511: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry10_50>
	 512: Ja off: -1 <default>
c2_entry13_49:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 513: MovImm dst: r8 imm: 13
	 514: Ja off: -1 <verdict_deny>
c2_entry10_50:
	    ; entry 10 allow peer={reserved.host=} proto=17 ports=10000-10000: ns/random random.yaml:10:3
	 515: MovImm dst: r8 imm: 10
	 516: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [13 12]
	 517: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 518: JSet32Imm dst: r1 off: -1 imm: 4 <c3_entry13_51>
	 519: JSet32Imm dst: r1 off: -1 imm: 16 <c3_entry12_52>
	 520: Ja off: -1 <default>
c3_entry13_51:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 521: MovImm dst: r8 imm: 13
	 522: Ja off: -1 <verdict_deny>
c3_entry12_52:
	    ; entry 12 allow peer={!any.env} proto=132 ports=0-79: ns/random random.yaml:12:3
	 523: MovImm dst: r8 imm: 12
	 524: Ja off: -1 <verdict_allow>
default:
	    ; no entry matches: deny (enforced=true)
	 525: MovImm dst: r8 imm: 0
	 526: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 527: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 528: XorReg dst: r8 src: r1
	 529: XorReg dst: r8 src: r1
	 530: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 531: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 533: MovReg dst: r2 src: rfp
	 534: AddImm dst: r2 imm: -76
	 535: Call FnMapLookupElem
	 536: JEqImm dst: r0 off: -1 imm: 0 <count_done_53>
	 537: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 538: AddImm dst: r1 imm: 1
	 539: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 540: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 541: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 542: AddReg dst: r2 src: r1
	 543: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_53:
	 544: StMemW dst: rfp src: r0 off: -64 imm: 257
	 545: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 546: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 547: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 548: StMemW dst: rfp src: r0 off: -44 imm: 0
	 549: StMemW dst: rfp src: r0 off: -40 imm: 0
	 550: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 551: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_54>
	 552: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 553: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 554: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	 555: OrImm dst: r1 imm: 67174400
	 556: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 557: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 558: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 559: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 560: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 561: StMemW dst: rfp src: r0 off: -32 imm: 0
	 562: StMemW dst: rfp src: r0 off: -16 imm: 0
	 563: StMemW dst: rfp src: r0 off: -28 imm: 0
	 564: StMemW dst: rfp src: r0 off: -12 imm: 0
	 565: StMemW dst: rfp src: r0 off: -24 imm: 0
	 566: StMemW dst: rfp src: r0 off: -8 imm: 0
	 567: Ja off: -1 <fam_done_55>
fam_v6_54:
	 568: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 569: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 570: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 571: OrImm dst: r1 imm: 100728832
	 572: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 573: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 574: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 575: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 576: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 577: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 578: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 579: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 580: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 581: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 582: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 583: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 584: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 585: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 586: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 587: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 588: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_55:
	 589: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 591: MovReg dst: r2 src: rfp
	 592: AddImm dst: r2 imm: -64
	 593: MovImm dst: r3 imm: 60
	 594: MovImm dst: r4 imm: 0
	 595: Call FnRingbufOutput
	 596: MovImm dst: r0 imm: 2
	 597: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 598: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 599: XorReg dst: r8 src: r1
	 600: XorReg dst: r8 src: r1
	 601: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 602: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 604: MovReg dst: r2 src: rfp
	 605: AddImm dst: r2 imm: -76
	 606: Call FnMapLookupElem
	 607: JEqImm dst: r0 off: -1 imm: 0 <count_done_56>
	 608: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 609: AddImm dst: r1 imm: 1
	 610: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 611: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 612: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 613: AddReg dst: r2 src: r1
	 614: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_56:
	 615: StMemW dst: rfp src: r0 off: -64 imm: 257
	 616: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 617: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 618: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 619: StMemW dst: rfp src: r0 off: -44 imm: 0
	 620: StMemW dst: rfp src: r0 off: -40 imm: 0
	 621: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 622: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_57>
	 623: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 624: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 625: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	 626: OrImm dst: r1 imm: 67174656
	 627: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 628: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 629: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 630: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 631: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 632: StMemW dst: rfp src: r0 off: -32 imm: 0
	 633: StMemW dst: rfp src: r0 off: -16 imm: 0
	 634: StMemW dst: rfp src: r0 off: -28 imm: 0
	 635: StMemW dst: rfp src: r0 off: -12 imm: 0
	 636: StMemW dst: rfp src: r0 off: -24 imm: 0
	 637: StMemW dst: rfp src: r0 off: -8 imm: 0
	 638: Ja off: -1 <fam_done_58>
fam_v6_57:
	 639: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 640: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 641: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 642: OrImm dst: r1 imm: 100729088
	 643: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 644: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 645: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 646: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 647: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 648: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 649: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 650: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 651: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 652: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 653: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 654: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 655: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 656: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 657: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 658: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 659: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_58:
	 660: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 662: MovReg dst: r2 src: rfp
	 663: AddImm dst: r2 imm: -64
	 664: MovImm dst: r3 imm: 60
	 665: MovImm dst: r4 imm: 0
	 666: Call FnRingbufOutput
	 667: JSetImm dst: r7 off: -1 imm: 512 <fam_done_61>
	 668: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 669: StMemH dst: rfp src: r0 off: -104 imm: 0
	 670: StMemB dst: rfp src: r0 off: -102 imm: 1
	 671: StMemB dst: rfp src: r0 off: -101 imm: 1
	 672: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 673: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_60>
	 674: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 675: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_62>
	 676: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 677: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 678: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 679: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 680: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 681: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 682: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 683: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_62:
	 684: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 686: MovReg dst: r2 src: rfp
	 687: AddImm dst: r2 imm: -152
	 688: MovReg dst: r3 src: rfp
	 689: AddImm dst: r3 imm: -108
	 690: MovImm dst: r4 imm: 0
	 691: Call FnMapUpdateElem
	 692: Ja off: -1 <fam_done_61>
fam_v6_60:
	 693: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 694: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_63>
	 695: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 696: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 697: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 698: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 699: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 700: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 701: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 702: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 703: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 704: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 705: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 706: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_63:
	 707: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 709: MovReg dst: r2 src: rfp
	 710: AddImm dst: r2 imm: -152
	 711: MovReg dst: r3 src: rfp
	 712: AddImm dst: r3 imm: -108
	 713: MovImm dst: r4 imm: 0
	 714: Call FnMapUpdateElem
fam_done_61:
	 715: MovImm dst: r0 imm: 0
	 716: Exit
malformed:
	    ; truncated or malformed header: drop
	 717: StMemW dst: rfp src: r0 off: -76 imm: 2
	 718: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 720: MovReg dst: r2 src: rfp
	 721: AddImm dst: r2 imm: -76
	 722: Call FnMapLookupElem
	 723: JEqImm dst: r0 off: -1 imm: 0 <count_done_64>
	 724: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 725: AddImm dst: r1 imm: 1
	 726: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 727: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 728: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 729: AddReg dst: r2 src: r1
	 730: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_64:
	 731: MovImm dst: r0 imm: 2
	 732: Exit

== subject-258 policy_ingress (section tcx/egress, enforced=false, 547 instructions)
	    ; ingress policy of identity 258 (enforced=false): parse Ethernet
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
	  13: JEqImm dst: r5 off: -1 imm: 56710 <ipv6>
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
	  75: StMemW dst: rfp src: r0 off: -136 imm: 258
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
	 118: StMemW dst: rfp src: r0 off: -80 imm: 0
	 119: Ja off: -1 <default>
ipv6:
	    ; IPv6 header
	 120: MovReg dst: r0 src: r4
	 121: AddImm dst: r0 imm: 40
	 122: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 123: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 124: AndImm dst: r1 imm: 240
	 125: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 126: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 127: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 128: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 129: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 130: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 131: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 132: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 133: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 134: MovImm dst: r7 imm: 0
	 135: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 136: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 137: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 138: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 139: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 140: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 141: Ja off: -1 <l4_6>
v6_opt_7:
	 142: MovReg dst: r0 src: r4
	 143: AddImm dst: r0 imm: 8
	 144: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 145: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 146: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 147: AddImm dst: r1 imm: 1
	 148: LShImm dst: r1 imm: 3
	 149: AddReg dst: r4 src: r1
	 150: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 151: MovReg dst: r0 src: r4
	 152: AddImm dst: r0 imm: 8
	 153: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 154: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 155: SwapBE dst: r1 
	 156: AndImm dst: r1 imm: 65528
	 157: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 158: OrImm dst: r7 imm: 768
	 159: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 160: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 161: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 162: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 163: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 164: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 165: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 166: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 167: Ja off: -1 <l4_6>
v6_opt_11:
	 168: MovReg dst: r0 src: r4
	 169: AddImm dst: r0 imm: 8
	 170: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 171: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 172: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 173: AddImm dst: r1 imm: 1
	 174: LShImm dst: r1 imm: 3
	 175: AddReg dst: r4 src: r1
	 176: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 177: MovReg dst: r0 src: r4
	 178: AddImm dst: r0 imm: 8
	 179: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 180: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 181: SwapBE dst: r1 
	 182: AndImm dst: r1 imm: 65528
	 183: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 184: OrImm dst: r7 imm: 768
	 185: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 186: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 187: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 188: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 189: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 190: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 191: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 192: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 193: Ja off: -1 <l4_6>
v6_opt_15:
	 194: MovReg dst: r0 src: r4
	 195: AddImm dst: r0 imm: 8
	 196: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 197: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 198: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 199: AddImm dst: r1 imm: 1
	 200: LShImm dst: r1 imm: 3
	 201: AddReg dst: r4 src: r1
	 202: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 203: MovReg dst: r0 src: r4
	 204: AddImm dst: r0 imm: 8
	 205: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 206: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 207: SwapBE dst: r1 
	 208: AndImm dst: r1 imm: 65528
	 209: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 210: OrImm dst: r7 imm: 768
	 211: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 212: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 213: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 214: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 215: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 216: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 217: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 218: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 219: Ja off: -1 <l4_6>
v6_opt_19:
	 220: MovReg dst: r0 src: r4
	 221: AddImm dst: r0 imm: 8
	 222: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 223: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 224: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 225: AddImm dst: r1 imm: 1
	 226: LShImm dst: r1 imm: 3
	 227: AddReg dst: r4 src: r1
	 228: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 229: MovReg dst: r0 src: r4
	 230: AddImm dst: r0 imm: 8
	 231: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 232: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 233: SwapBE dst: r1 
	 234: AndImm dst: r1 imm: 65528
	 235: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 236: OrImm dst: r7 imm: 768
	 237: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 238: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 239: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 240: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 241: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 242: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 243: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 244: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 245: Ja off: -1 <l4_6>
v6_opt_23:
	 246: MovReg dst: r0 src: r4
	 247: AddImm dst: r0 imm: 8
	 248: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 249: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 250: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 251: AddImm dst: r1 imm: 1
	 252: LShImm dst: r1 imm: 3
	 253: AddReg dst: r4 src: r1
	 254: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 255: MovReg dst: r0 src: r4
	 256: AddImm dst: r0 imm: 8
	 257: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 258: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 259: SwapBE dst: r1 
	 260: AndImm dst: r1 imm: 65528
	 261: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 262: OrImm dst: r7 imm: 768
	 263: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 264: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 265: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 266: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 267: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 268: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 269: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 270: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 271: Ja off: -1 <l4_6>
v6_opt_27:
	 272: MovReg dst: r0 src: r4
	 273: AddImm dst: r0 imm: 8
	 274: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 275: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 276: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 277: AddImm dst: r1 imm: 1
	 278: LShImm dst: r1 imm: 3
	 279: AddReg dst: r4 src: r1
	 280: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 281: MovReg dst: r0 src: r4
	 282: AddImm dst: r0 imm: 8
	 283: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 284: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 285: SwapBE dst: r1 
	 286: AndImm dst: r1 imm: 65528
	 287: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 288: OrImm dst: r7 imm: 768
	 289: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 290: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 291: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 292: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 293: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 294: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 295: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 296: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 297: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 298: OrReg dst: r7 src: r5
	 299: MovImm dst: r8 imm: 0
	 300: StMemW dst: rfp src: r0 off: -120 imm: 0
	 301: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 302: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 303: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 304: Ja off: -1 <l4done_6>
tcp_6:
	 305: MovReg dst: r0 src: r4
	 306: AddImm dst: r0 imm: 20
	 307: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 308: Ja off: -1 <ports_6>
udp_6:
	 309: MovReg dst: r0 src: r4
	 310: AddImm dst: r0 imm: 8
	 311: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 312: Ja off: -1 <ports_6>
ports_6:
	 313: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 314: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 315: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 316: SwapBE dst: r8 
	 317: Ja off: -1 <l4done_6>
l4done_6:
	 318: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 319: StMemB dst: rfp src: r0 off: -115 imm: 0
	 320: StMemH dst: rfp src: r0 off: -114 imm: 0
	 321: StMemW dst: rfp src: r0 off: -112 imm: 258
	 322: StMemB dst: rfp src: r0 off: -72 imm: 6
	 323: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 324: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_38>
	 325: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 326: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 327: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 328: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 329: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 330: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 331: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 332: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 333: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 334: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 335: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 336: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 337: StMemB dst: rfp src: r0 off: -115 imm: 0
	 338: Ja off: -1 <ct_ordered_37>
ct_swap_36:
	 339: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 340: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 341: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 342: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 343: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 344: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 345: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 346: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 347: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 348: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 349: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 350: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 351: StMemB dst: rfp src: r0 off: -115 imm: 1
	 352: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_37:
	 353: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 355: MovReg dst: r2 src: rfp
	 356: AddImm dst: r2 imm: -152
	 357: Call FnMapLookupElem
	 358: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 359: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 360: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 361: Ja off: -1 <ct_reply>
ct_miss_35:
	 362: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 363: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_38>
	 364: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 365: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 366: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 367: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 368: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 369: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 370: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 371: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 372: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 373: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 374: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 375: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_38:
	 376: StMemW dst: rfp src: r0 off: -80 imm: 0
	 377: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 378: StMemW dst: rfp src: r0 off: -76 imm: 3
	 379: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 381: MovReg dst: r2 src: rfp
	 382: AddImm dst: r2 imm: -76
	 383: Call FnMapLookupElem
	 384: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 385: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 386: AddImm dst: r1 imm: 1
	 387: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 388: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 389: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 390: AddReg dst: r2 src: r1
	 391: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 392: MovImm dst: r0 imm: 0
	 393: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 394: StMemW dst: rfp src: r0 off: -76 imm: 4
	 395: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 397: MovReg dst: r2 src: rfp
	 398: AddImm dst: r2 imm: -76
	 399: Call FnMapLookupElem
	 400: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 401: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 402: AddImm dst: r1 imm: 1
	 403: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 404: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 405: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 406: AddReg dst: r2 src: r1
	 407: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 408: MovImm dst: r0 imm: 0
	 409: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 410: MovImm dst: r8 imm: 0
	 411: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 412: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 413: XorReg dst: r8 src: r1
	 414: XorReg dst: r8 src: r1
	 415: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 416: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 418: MovReg dst: r2 src: rfp
	 419: AddImm dst: r2 imm: -76
	 420: Call FnMapLookupElem
	 421: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 422: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 423: AddImm dst: r1 imm: 1
	 424: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 425: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 426: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 427: AddReg dst: r2 src: r1
	 428: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 429: StMemW dst: rfp src: r0 off: -60 imm: 258
	 430: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 431: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 432: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 433: StMemW dst: rfp src: r0 off: -44 imm: 0
	 434: StMemW dst: rfp src: r0 off: -40 imm: 0
	 435: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 436: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 437: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 438: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 439: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	 440: OrImm dst: r1 imm: 67109120
	 441: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 442: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 443: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 444: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 445: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 446: StMemW dst: rfp src: r0 off: -32 imm: 0
	 447: StMemW dst: rfp src: r0 off: -16 imm: 0
	 448: StMemW dst: rfp src: r0 off: -28 imm: 0
	 449: StMemW dst: rfp src: r0 off: -12 imm: 0
	 450: StMemW dst: rfp src: r0 off: -24 imm: 0
	 451: StMemW dst: rfp src: r0 off: -8 imm: 0
	 452: Ja off: -1 <fam_done_43>
fam_v6_42:
	 453: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 454: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 455: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 456: OrImm dst: r1 imm: 100663552
	 457: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 458: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 459: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 460: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 461: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 462: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 463: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 464: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 465: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 466: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 467: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 468: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 469: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 470: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 471: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 472: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 473: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 474: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 476: MovReg dst: r2 src: rfp
	 477: AddImm dst: r2 imm: -64
	 478: MovImm dst: r3 imm: 60
	 479: MovImm dst: r4 imm: 0
	 480: Call FnRingbufOutput
	 481: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 482: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 483: StMemH dst: rfp src: r0 off: -104 imm: 0
	 484: StMemB dst: rfp src: r0 off: -102 imm: 1
	 485: StMemB dst: rfp src: r0 off: -101 imm: 0
	 486: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 487: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 488: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 489: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_47>
	 490: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 491: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 492: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 493: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 494: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 495: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 496: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 497: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_47:
	 498: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 500: MovReg dst: r2 src: rfp
	 501: AddImm dst: r2 imm: -152
	 502: MovReg dst: r3 src: rfp
	 503: AddImm dst: r3 imm: -108
	 504: MovImm dst: r4 imm: 0
	 505: Call FnMapUpdateElem
	 506: Ja off: -1 <fam_done_46>
fam_v6_45:
	 507: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 508: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_48>
	 509: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 510: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 511: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 512: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 513: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 514: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 515: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 516: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 517: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 518: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 519: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 520: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_48:
	 521: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 523: MovReg dst: r2 src: rfp
	 524: AddImm dst: r2 imm: -152
	 525: MovReg dst: r3 src: rfp
	 526: AddImm dst: r3 imm: -108
	 527: MovImm dst: r4 imm: 0
	 528: Call FnMapUpdateElem
fam_done_46:
	 529: MovImm dst: r0 imm: 0
	 530: Exit
malformed:
	    ; truncated or malformed header: drop
	 531: StMemW dst: rfp src: r0 off: -76 imm: 2
	 532: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 534: MovReg dst: r2 src: rfp
	 535: AddImm dst: r2 imm: -76
	 536: Call FnMapLookupElem
	 537: JEqImm dst: r0 off: -1 imm: 0 <count_done_49>
	 538: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 539: AddImm dst: r1 imm: 1
	 540: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 541: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 542: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 543: AddReg dst: r2 src: r1
	 544: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_49:
	 545: MovImm dst: r0 imm: 2
	 546: Exit

== subject-258 policy_egress (section tcx/ingress, enforced=false, 547 instructions)
	    ; egress policy of identity 258 (enforced=false): parse Ethernet
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
	  13: JEqImm dst: r5 off: -1 imm: 56710 <ipv6>
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
	  75: StMemW dst: rfp src: r0 off: -136 imm: 258
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
ipv6:
	    ; IPv6 header
	 120: MovReg dst: r0 src: r4
	 121: AddImm dst: r0 imm: 40
	 122: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 123: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 124: AndImm dst: r1 imm: 240
	 125: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 126: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 127: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 128: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 129: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 130: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 131: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 132: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 133: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 134: MovImm dst: r7 imm: 0
	 135: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 136: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 137: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 138: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 139: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 140: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 141: Ja off: -1 <l4_6>
v6_opt_7:
	 142: MovReg dst: r0 src: r4
	 143: AddImm dst: r0 imm: 8
	 144: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 145: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 146: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 147: AddImm dst: r1 imm: 1
	 148: LShImm dst: r1 imm: 3
	 149: AddReg dst: r4 src: r1
	 150: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 151: MovReg dst: r0 src: r4
	 152: AddImm dst: r0 imm: 8
	 153: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 154: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 155: SwapBE dst: r1 
	 156: AndImm dst: r1 imm: 65528
	 157: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 158: OrImm dst: r7 imm: 768
	 159: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 160: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 161: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 162: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 163: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 164: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 165: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 166: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 167: Ja off: -1 <l4_6>
v6_opt_11:
	 168: MovReg dst: r0 src: r4
	 169: AddImm dst: r0 imm: 8
	 170: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 171: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 172: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 173: AddImm dst: r1 imm: 1
	 174: LShImm dst: r1 imm: 3
	 175: AddReg dst: r4 src: r1
	 176: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 177: MovReg dst: r0 src: r4
	 178: AddImm dst: r0 imm: 8
	 179: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 180: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 181: SwapBE dst: r1 
	 182: AndImm dst: r1 imm: 65528
	 183: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 184: OrImm dst: r7 imm: 768
	 185: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 186: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 187: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 188: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 189: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 190: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 191: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 192: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 193: Ja off: -1 <l4_6>
v6_opt_15:
	 194: MovReg dst: r0 src: r4
	 195: AddImm dst: r0 imm: 8
	 196: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 197: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 198: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 199: AddImm dst: r1 imm: 1
	 200: LShImm dst: r1 imm: 3
	 201: AddReg dst: r4 src: r1
	 202: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 203: MovReg dst: r0 src: r4
	 204: AddImm dst: r0 imm: 8
	 205: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 206: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 207: SwapBE dst: r1 
	 208: AndImm dst: r1 imm: 65528
	 209: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 210: OrImm dst: r7 imm: 768
	 211: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 212: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 213: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 214: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 215: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 216: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 217: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 218: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 219: Ja off: -1 <l4_6>
v6_opt_19:
	 220: MovReg dst: r0 src: r4
	 221: AddImm dst: r0 imm: 8
	 222: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 223: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 224: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 225: AddImm dst: r1 imm: 1
	 226: LShImm dst: r1 imm: 3
	 227: AddReg dst: r4 src: r1
	 228: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 229: MovReg dst: r0 src: r4
	 230: AddImm dst: r0 imm: 8
	 231: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 232: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 233: SwapBE dst: r1 
	 234: AndImm dst: r1 imm: 65528
	 235: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 236: OrImm dst: r7 imm: 768
	 237: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 238: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 239: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 240: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 241: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 242: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 243: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 244: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 245: Ja off: -1 <l4_6>
v6_opt_23:
	 246: MovReg dst: r0 src: r4
	 247: AddImm dst: r0 imm: 8
	 248: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 249: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 250: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 251: AddImm dst: r1 imm: 1
	 252: LShImm dst: r1 imm: 3
	 253: AddReg dst: r4 src: r1
	 254: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 255: MovReg dst: r0 src: r4
	 256: AddImm dst: r0 imm: 8
	 257: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 258: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 259: SwapBE dst: r1 
	 260: AndImm dst: r1 imm: 65528
	 261: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 262: OrImm dst: r7 imm: 768
	 263: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 264: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 265: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 266: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 267: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 268: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 269: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 270: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 271: Ja off: -1 <l4_6>
v6_opt_27:
	 272: MovReg dst: r0 src: r4
	 273: AddImm dst: r0 imm: 8
	 274: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 275: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 276: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 277: AddImm dst: r1 imm: 1
	 278: LShImm dst: r1 imm: 3
	 279: AddReg dst: r4 src: r1
	 280: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 281: MovReg dst: r0 src: r4
	 282: AddImm dst: r0 imm: 8
	 283: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 284: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 285: SwapBE dst: r1 
	 286: AndImm dst: r1 imm: 65528
	 287: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 288: OrImm dst: r7 imm: 768
	 289: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 290: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 291: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 292: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 293: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 294: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 295: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 296: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 297: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 298: OrReg dst: r7 src: r5
	 299: MovImm dst: r8 imm: 0
	 300: StMemW dst: rfp src: r0 off: -120 imm: 0
	 301: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 302: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 303: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 304: Ja off: -1 <l4done_6>
tcp_6:
	 305: MovReg dst: r0 src: r4
	 306: AddImm dst: r0 imm: 20
	 307: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 308: Ja off: -1 <ports_6>
udp_6:
	 309: MovReg dst: r0 src: r4
	 310: AddImm dst: r0 imm: 8
	 311: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 312: Ja off: -1 <ports_6>
ports_6:
	 313: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 314: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 315: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 316: SwapBE dst: r8 
	 317: Ja off: -1 <l4done_6>
l4done_6:
	 318: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 319: StMemB dst: rfp src: r0 off: -115 imm: 1
	 320: StMemH dst: rfp src: r0 off: -114 imm: 0
	 321: StMemW dst: rfp src: r0 off: -112 imm: 258
	 322: StMemB dst: rfp src: r0 off: -72 imm: 6
	 323: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 324: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_38>
	 325: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 326: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 327: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 328: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 329: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 330: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 331: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 332: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 333: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 334: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 335: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 336: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 337: StMemB dst: rfp src: r0 off: -115 imm: 0
	 338: Ja off: -1 <ct_ordered_37>
ct_swap_36:
	 339: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 340: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 341: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 342: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 343: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 344: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 345: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 346: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 347: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 348: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 349: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 350: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 351: StMemB dst: rfp src: r0 off: -115 imm: 0
	 352: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_37:
	 353: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 355: MovReg dst: r2 src: rfp
	 356: AddImm dst: r2 imm: -152
	 357: Call FnMapLookupElem
	 358: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 359: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 360: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 361: Ja off: -1 <ct_reply>
ct_miss_35:
	 362: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 363: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_38>
	 364: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 365: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 366: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 367: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 368: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 369: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 370: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 371: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 372: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 373: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 374: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 375: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_38:
	 376: StMemW dst: rfp src: r0 off: -80 imm: 0
	 377: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 378: StMemW dst: rfp src: r0 off: -76 imm: 3
	 379: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 381: MovReg dst: r2 src: rfp
	 382: AddImm dst: r2 imm: -76
	 383: Call FnMapLookupElem
	 384: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 385: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 386: AddImm dst: r1 imm: 1
	 387: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 388: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 389: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 390: AddReg dst: r2 src: r1
	 391: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 392: MovImm dst: r0 imm: 0
	 393: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 394: StMemW dst: rfp src: r0 off: -76 imm: 4
	 395: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 397: MovReg dst: r2 src: rfp
	 398: AddImm dst: r2 imm: -76
	 399: Call FnMapLookupElem
	 400: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 401: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 402: AddImm dst: r1 imm: 1
	 403: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 404: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 405: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 406: AddReg dst: r2 src: r1
	 407: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 408: MovImm dst: r0 imm: 0
	 409: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 410: MovImm dst: r8 imm: 0
	 411: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 412: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 413: XorReg dst: r8 src: r1
	 414: XorReg dst: r8 src: r1
	 415: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 416: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 418: MovReg dst: r2 src: rfp
	 419: AddImm dst: r2 imm: -76
	 420: Call FnMapLookupElem
	 421: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 422: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 423: AddImm dst: r1 imm: 1
	 424: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 425: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 426: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 427: AddReg dst: r2 src: r1
	 428: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 429: StMemW dst: rfp src: r0 off: -64 imm: 258
	 430: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 431: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 432: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 433: StMemW dst: rfp src: r0 off: -44 imm: 0
	 434: StMemW dst: rfp src: r0 off: -40 imm: 0
	 435: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 436: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 437: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 438: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 439: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	 440: OrImm dst: r1 imm: 67174656
	 441: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 442: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 443: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 444: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 445: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 446: StMemW dst: rfp src: r0 off: -32 imm: 0
	 447: StMemW dst: rfp src: r0 off: -16 imm: 0
	 448: StMemW dst: rfp src: r0 off: -28 imm: 0
	 449: StMemW dst: rfp src: r0 off: -12 imm: 0
	 450: StMemW dst: rfp src: r0 off: -24 imm: 0
	 451: StMemW dst: rfp src: r0 off: -8 imm: 0
	 452: Ja off: -1 <fam_done_43>
fam_v6_42:
	 453: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 454: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 455: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 456: OrImm dst: r1 imm: 100729088
	 457: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 458: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 459: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 460: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 461: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 462: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 463: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 464: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 465: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 466: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 467: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 468: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 469: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 470: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 471: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 472: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 473: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 474: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 476: MovReg dst: r2 src: rfp
	 477: AddImm dst: r2 imm: -64
	 478: MovImm dst: r3 imm: 60
	 479: MovImm dst: r4 imm: 0
	 480: Call FnRingbufOutput
	 481: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 482: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 483: StMemH dst: rfp src: r0 off: -104 imm: 0
	 484: StMemB dst: rfp src: r0 off: -102 imm: 1
	 485: StMemB dst: rfp src: r0 off: -101 imm: 1
	 486: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 487: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 488: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 489: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_47>
	 490: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 491: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 492: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 493: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 494: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 495: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 496: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 497: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_47:
	 498: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 500: MovReg dst: r2 src: rfp
	 501: AddImm dst: r2 imm: -152
	 502: MovReg dst: r3 src: rfp
	 503: AddImm dst: r3 imm: -108
	 504: MovImm dst: r4 imm: 0
	 505: Call FnMapUpdateElem
	 506: Ja off: -1 <fam_done_46>
fam_v6_45:
	 507: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 508: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_48>
	 509: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 510: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 511: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 512: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 513: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 514: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 515: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 516: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 517: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 518: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 519: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 520: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_48:
	 521: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 523: MovReg dst: r2 src: rfp
	 524: AddImm dst: r2 imm: -152
	 525: MovReg dst: r3 src: rfp
	 526: AddImm dst: r3 imm: -108
	 527: MovImm dst: r4 imm: 0
	 528: Call FnMapUpdateElem
fam_done_46:
	 529: MovImm dst: r0 imm: 0
	 530: Exit
malformed:
	    ; truncated or malformed header: drop
	 531: StMemW dst: rfp src: r0 off: -76 imm: 2
	 532: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 534: MovReg dst: r2 src: rfp
	 535: AddImm dst: r2 imm: -76
	 536: Call FnMapLookupElem
	 537: JEqImm dst: r0 off: -1 imm: 0 <count_done_49>
	 538: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 539: AddImm dst: r1 imm: 1
	 540: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 541: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 542: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 543: AddReg dst: r2 src: r1
	 544: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_49:
	 545: MovImm dst: r0 imm: 2
	 546: Exit

== subject-259 policy_ingress (section tcx/egress, enforced=false, 547 instructions)
	    ; ingress policy of identity 259 (enforced=false): parse Ethernet
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
	  13: JEqImm dst: r5 off: -1 imm: 56710 <ipv6>
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
	  75: StMemW dst: rfp src: r0 off: -136 imm: 259
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
	 118: StMemW dst: rfp src: r0 off: -80 imm: 0
	 119: Ja off: -1 <default>
ipv6:
	    ; IPv6 header
	 120: MovReg dst: r0 src: r4
	 121: AddImm dst: r0 imm: 40
	 122: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 123: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 124: AndImm dst: r1 imm: 240
	 125: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 126: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 127: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 128: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 129: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 130: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 131: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 132: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 133: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 134: MovImm dst: r7 imm: 0
	 135: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 136: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 137: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 138: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 139: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 140: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 141: Ja off: -1 <l4_6>
v6_opt_7:
	 142: MovReg dst: r0 src: r4
	 143: AddImm dst: r0 imm: 8
	 144: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 145: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 146: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 147: AddImm dst: r1 imm: 1
	 148: LShImm dst: r1 imm: 3
	 149: AddReg dst: r4 src: r1
	 150: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 151: MovReg dst: r0 src: r4
	 152: AddImm dst: r0 imm: 8
	 153: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 154: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 155: SwapBE dst: r1 
	 156: AndImm dst: r1 imm: 65528
	 157: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 158: OrImm dst: r7 imm: 768
	 159: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 160: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 161: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 162: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 163: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 164: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 165: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 166: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 167: Ja off: -1 <l4_6>
v6_opt_11:
	 168: MovReg dst: r0 src: r4
	 169: AddImm dst: r0 imm: 8
	 170: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 171: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 172: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 173: AddImm dst: r1 imm: 1
	 174: LShImm dst: r1 imm: 3
	 175: AddReg dst: r4 src: r1
	 176: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 177: MovReg dst: r0 src: r4
	 178: AddImm dst: r0 imm: 8
	 179: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 180: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 181: SwapBE dst: r1 
	 182: AndImm dst: r1 imm: 65528
	 183: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 184: OrImm dst: r7 imm: 768
	 185: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 186: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 187: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 188: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 189: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 190: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 191: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 192: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 193: Ja off: -1 <l4_6>
v6_opt_15:
	 194: MovReg dst: r0 src: r4
	 195: AddImm dst: r0 imm: 8
	 196: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 197: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 198: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 199: AddImm dst: r1 imm: 1
	 200: LShImm dst: r1 imm: 3
	 201: AddReg dst: r4 src: r1
	 202: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 203: MovReg dst: r0 src: r4
	 204: AddImm dst: r0 imm: 8
	 205: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 206: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 207: SwapBE dst: r1 
	 208: AndImm dst: r1 imm: 65528
	 209: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 210: OrImm dst: r7 imm: 768
	 211: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 212: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 213: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 214: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 215: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 216: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 217: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 218: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 219: Ja off: -1 <l4_6>
v6_opt_19:
	 220: MovReg dst: r0 src: r4
	 221: AddImm dst: r0 imm: 8
	 222: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 223: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 224: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 225: AddImm dst: r1 imm: 1
	 226: LShImm dst: r1 imm: 3
	 227: AddReg dst: r4 src: r1
	 228: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 229: MovReg dst: r0 src: r4
	 230: AddImm dst: r0 imm: 8
	 231: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 232: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 233: SwapBE dst: r1 
	 234: AndImm dst: r1 imm: 65528
	 235: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 236: OrImm dst: r7 imm: 768
	 237: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 238: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 239: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 240: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 241: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 242: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 243: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 244: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 245: Ja off: -1 <l4_6>
v6_opt_23:
	 246: MovReg dst: r0 src: r4
	 247: AddImm dst: r0 imm: 8
	 248: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 249: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 250: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 251: AddImm dst: r1 imm: 1
	 252: LShImm dst: r1 imm: 3
	 253: AddReg dst: r4 src: r1
	 254: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 255: MovReg dst: r0 src: r4
	 256: AddImm dst: r0 imm: 8
	 257: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 258: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 259: SwapBE dst: r1 
	 260: AndImm dst: r1 imm: 65528
	 261: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 262: OrImm dst: r7 imm: 768
	 263: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 264: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 265: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 266: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 267: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 268: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 269: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 270: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 271: Ja off: -1 <l4_6>
v6_opt_27:
	 272: MovReg dst: r0 src: r4
	 273: AddImm dst: r0 imm: 8
	 274: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 275: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 276: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 277: AddImm dst: r1 imm: 1
	 278: LShImm dst: r1 imm: 3
	 279: AddReg dst: r4 src: r1
	 280: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 281: MovReg dst: r0 src: r4
	 282: AddImm dst: r0 imm: 8
	 283: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 284: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 285: SwapBE dst: r1 
	 286: AndImm dst: r1 imm: 65528
	 287: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 288: OrImm dst: r7 imm: 768
	 289: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 290: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 291: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 292: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 293: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 294: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 295: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 296: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 297: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 298: OrReg dst: r7 src: r5
	 299: MovImm dst: r8 imm: 0
	 300: StMemW dst: rfp src: r0 off: -120 imm: 0
	 301: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 302: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 303: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 304: Ja off: -1 <l4done_6>
tcp_6:
	 305: MovReg dst: r0 src: r4
	 306: AddImm dst: r0 imm: 20
	 307: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 308: Ja off: -1 <ports_6>
udp_6:
	 309: MovReg dst: r0 src: r4
	 310: AddImm dst: r0 imm: 8
	 311: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 312: Ja off: -1 <ports_6>
ports_6:
	 313: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 314: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 315: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 316: SwapBE dst: r8 
	 317: Ja off: -1 <l4done_6>
l4done_6:
	 318: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 319: StMemB dst: rfp src: r0 off: -115 imm: 0
	 320: StMemH dst: rfp src: r0 off: -114 imm: 0
	 321: StMemW dst: rfp src: r0 off: -112 imm: 259
	 322: StMemB dst: rfp src: r0 off: -72 imm: 6
	 323: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 324: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_38>
	 325: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 326: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 327: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 328: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 329: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 330: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 331: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 332: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 333: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 334: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 335: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 336: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 337: StMemB dst: rfp src: r0 off: -115 imm: 0
	 338: Ja off: -1 <ct_ordered_37>
ct_swap_36:
	 339: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 340: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 341: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 342: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 343: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 344: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 345: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 346: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 347: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 348: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 349: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 350: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 351: StMemB dst: rfp src: r0 off: -115 imm: 1
	 352: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_37:
	 353: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 355: MovReg dst: r2 src: rfp
	 356: AddImm dst: r2 imm: -152
	 357: Call FnMapLookupElem
	 358: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 359: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 360: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 361: Ja off: -1 <ct_reply>
ct_miss_35:
	 362: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 363: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_38>
	 364: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 365: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 366: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 367: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 368: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 369: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 370: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 371: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 372: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 373: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 374: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 375: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_38:
	 376: StMemW dst: rfp src: r0 off: -80 imm: 0
	 377: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 378: StMemW dst: rfp src: r0 off: -76 imm: 3
	 379: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 381: MovReg dst: r2 src: rfp
	 382: AddImm dst: r2 imm: -76
	 383: Call FnMapLookupElem
	 384: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 385: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 386: AddImm dst: r1 imm: 1
	 387: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 388: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 389: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 390: AddReg dst: r2 src: r1
	 391: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 392: MovImm dst: r0 imm: 0
	 393: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 394: StMemW dst: rfp src: r0 off: -76 imm: 4
	 395: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 397: MovReg dst: r2 src: rfp
	 398: AddImm dst: r2 imm: -76
	 399: Call FnMapLookupElem
	 400: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 401: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 402: AddImm dst: r1 imm: 1
	 403: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 404: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 405: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 406: AddReg dst: r2 src: r1
	 407: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 408: MovImm dst: r0 imm: 0
	 409: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 410: MovImm dst: r8 imm: 0
	 411: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 412: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 413: XorReg dst: r8 src: r1
	 414: XorReg dst: r8 src: r1
	 415: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 416: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 418: MovReg dst: r2 src: rfp
	 419: AddImm dst: r2 imm: -76
	 420: Call FnMapLookupElem
	 421: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 422: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 423: AddImm dst: r1 imm: 1
	 424: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 425: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 426: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 427: AddReg dst: r2 src: r1
	 428: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 429: StMemW dst: rfp src: r0 off: -60 imm: 259
	 430: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 431: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 432: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 433: StMemW dst: rfp src: r0 off: -44 imm: 0
	 434: StMemW dst: rfp src: r0 off: -40 imm: 0
	 435: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 436: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 437: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 438: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 439: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	 440: OrImm dst: r1 imm: 67109120
	 441: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 442: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 443: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 444: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 445: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 446: StMemW dst: rfp src: r0 off: -32 imm: 0
	 447: StMemW dst: rfp src: r0 off: -16 imm: 0
	 448: StMemW dst: rfp src: r0 off: -28 imm: 0
	 449: StMemW dst: rfp src: r0 off: -12 imm: 0
	 450: StMemW dst: rfp src: r0 off: -24 imm: 0
	 451: StMemW dst: rfp src: r0 off: -8 imm: 0
	 452: Ja off: -1 <fam_done_43>
fam_v6_42:
	 453: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 454: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 455: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 456: OrImm dst: r1 imm: 100663552
	 457: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 458: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 459: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 460: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 461: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 462: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 463: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 464: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 465: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 466: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 467: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 468: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 469: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 470: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 471: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 472: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 473: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 474: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 476: MovReg dst: r2 src: rfp
	 477: AddImm dst: r2 imm: -64
	 478: MovImm dst: r3 imm: 60
	 479: MovImm dst: r4 imm: 0
	 480: Call FnRingbufOutput
	 481: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 482: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 483: StMemH dst: rfp src: r0 off: -104 imm: 0
	 484: StMemB dst: rfp src: r0 off: -102 imm: 1
	 485: StMemB dst: rfp src: r0 off: -101 imm: 0
	 486: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 487: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 488: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 489: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_47>
	 490: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 491: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 492: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 493: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 494: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 495: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 496: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 497: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_47:
	 498: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 500: MovReg dst: r2 src: rfp
	 501: AddImm dst: r2 imm: -152
	 502: MovReg dst: r3 src: rfp
	 503: AddImm dst: r3 imm: -108
	 504: MovImm dst: r4 imm: 0
	 505: Call FnMapUpdateElem
	 506: Ja off: -1 <fam_done_46>
fam_v6_45:
	 507: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 508: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_48>
	 509: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 510: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 511: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 512: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 513: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 514: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 515: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 516: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 517: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 518: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 519: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 520: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_48:
	 521: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 523: MovReg dst: r2 src: rfp
	 524: AddImm dst: r2 imm: -152
	 525: MovReg dst: r3 src: rfp
	 526: AddImm dst: r3 imm: -108
	 527: MovImm dst: r4 imm: 0
	 528: Call FnMapUpdateElem
fam_done_46:
	 529: MovImm dst: r0 imm: 0
	 530: Exit
malformed:
	    ; truncated or malformed header: drop
	 531: StMemW dst: rfp src: r0 off: -76 imm: 2
	 532: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 534: MovReg dst: r2 src: rfp
	 535: AddImm dst: r2 imm: -76
	 536: Call FnMapLookupElem
	 537: JEqImm dst: r0 off: -1 imm: 0 <count_done_49>
	 538: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 539: AddImm dst: r1 imm: 1
	 540: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 541: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 542: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 543: AddReg dst: r2 src: r1
	 544: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_49:
	 545: MovImm dst: r0 imm: 2
	 546: Exit

== subject-259 policy_egress (section tcx/ingress, enforced=false, 547 instructions)
	    ; egress policy of identity 259 (enforced=false): parse Ethernet
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
	  13: JEqImm dst: r5 off: -1 imm: 56710 <ipv6>
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
	  75: StMemW dst: rfp src: r0 off: -136 imm: 259
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
ipv6:
	    ; IPv6 header
	 120: MovReg dst: r0 src: r4
	 121: AddImm dst: r0 imm: 40
	 122: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 123: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 124: AndImm dst: r1 imm: 240
	 125: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 126: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 127: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 128: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 129: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 130: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 131: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 132: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 133: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 134: MovImm dst: r7 imm: 0
	 135: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 136: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 137: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 138: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 139: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 140: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 141: Ja off: -1 <l4_6>
v6_opt_7:
	 142: MovReg dst: r0 src: r4
	 143: AddImm dst: r0 imm: 8
	 144: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 145: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 146: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 147: AddImm dst: r1 imm: 1
	 148: LShImm dst: r1 imm: 3
	 149: AddReg dst: r4 src: r1
	 150: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 151: MovReg dst: r0 src: r4
	 152: AddImm dst: r0 imm: 8
	 153: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 154: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 155: SwapBE dst: r1 
	 156: AndImm dst: r1 imm: 65528
	 157: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 158: OrImm dst: r7 imm: 768
	 159: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 160: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 161: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 162: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 163: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 164: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 165: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 166: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 167: Ja off: -1 <l4_6>
v6_opt_11:
	 168: MovReg dst: r0 src: r4
	 169: AddImm dst: r0 imm: 8
	 170: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 171: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 172: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 173: AddImm dst: r1 imm: 1
	 174: LShImm dst: r1 imm: 3
	 175: AddReg dst: r4 src: r1
	 176: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 177: MovReg dst: r0 src: r4
	 178: AddImm dst: r0 imm: 8
	 179: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 180: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 181: SwapBE dst: r1 
	 182: AndImm dst: r1 imm: 65528
	 183: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 184: OrImm dst: r7 imm: 768
	 185: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 186: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 187: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 188: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 189: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 190: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 191: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 192: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 193: Ja off: -1 <l4_6>
v6_opt_15:
	 194: MovReg dst: r0 src: r4
	 195: AddImm dst: r0 imm: 8
	 196: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 197: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 198: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 199: AddImm dst: r1 imm: 1
	 200: LShImm dst: r1 imm: 3
	 201: AddReg dst: r4 src: r1
	 202: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 203: MovReg dst: r0 src: r4
	 204: AddImm dst: r0 imm: 8
	 205: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 206: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 207: SwapBE dst: r1 
	 208: AndImm dst: r1 imm: 65528
	 209: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 210: OrImm dst: r7 imm: 768
	 211: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 212: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 213: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 214: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 215: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 216: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 217: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 218: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 219: Ja off: -1 <l4_6>
v6_opt_19:
	 220: MovReg dst: r0 src: r4
	 221: AddImm dst: r0 imm: 8
	 222: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 223: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 224: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 225: AddImm dst: r1 imm: 1
	 226: LShImm dst: r1 imm: 3
	 227: AddReg dst: r4 src: r1
	 228: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 229: MovReg dst: r0 src: r4
	 230: AddImm dst: r0 imm: 8
	 231: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 232: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 233: SwapBE dst: r1 
	 234: AndImm dst: r1 imm: 65528
	 235: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 236: OrImm dst: r7 imm: 768
	 237: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 238: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 239: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 240: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 241: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 242: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 243: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 244: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 245: Ja off: -1 <l4_6>
v6_opt_23:
	 246: MovReg dst: r0 src: r4
	 247: AddImm dst: r0 imm: 8
	 248: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 249: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 250: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 251: AddImm dst: r1 imm: 1
	 252: LShImm dst: r1 imm: 3
	 253: AddReg dst: r4 src: r1
	 254: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 255: MovReg dst: r0 src: r4
	 256: AddImm dst: r0 imm: 8
	 257: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 258: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 259: SwapBE dst: r1 
	 260: AndImm dst: r1 imm: 65528
	 261: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 262: OrImm dst: r7 imm: 768
	 263: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 264: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 265: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 266: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 267: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 268: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 269: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 270: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 271: Ja off: -1 <l4_6>
v6_opt_27:
	 272: MovReg dst: r0 src: r4
	 273: AddImm dst: r0 imm: 8
	 274: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 275: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 276: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 277: AddImm dst: r1 imm: 1
	 278: LShImm dst: r1 imm: 3
	 279: AddReg dst: r4 src: r1
	 280: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 281: MovReg dst: r0 src: r4
	 282: AddImm dst: r0 imm: 8
	 283: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 284: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 285: SwapBE dst: r1 
	 286: AndImm dst: r1 imm: 65528
	 287: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 288: OrImm dst: r7 imm: 768
	 289: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 290: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 291: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 292: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 293: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 294: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 295: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 296: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 297: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 298: OrReg dst: r7 src: r5
	 299: MovImm dst: r8 imm: 0
	 300: StMemW dst: rfp src: r0 off: -120 imm: 0
	 301: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 302: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 303: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 304: Ja off: -1 <l4done_6>
tcp_6:
	 305: MovReg dst: r0 src: r4
	 306: AddImm dst: r0 imm: 20
	 307: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 308: Ja off: -1 <ports_6>
udp_6:
	 309: MovReg dst: r0 src: r4
	 310: AddImm dst: r0 imm: 8
	 311: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 312: Ja off: -1 <ports_6>
ports_6:
	 313: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 314: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 315: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 316: SwapBE dst: r8 
	 317: Ja off: -1 <l4done_6>
l4done_6:
	 318: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 319: StMemB dst: rfp src: r0 off: -115 imm: 1
	 320: StMemH dst: rfp src: r0 off: -114 imm: 0
	 321: StMemW dst: rfp src: r0 off: -112 imm: 259
	 322: StMemB dst: rfp src: r0 off: -72 imm: 6
	 323: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 324: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_38>
	 325: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 326: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 327: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 328: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 329: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 330: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 331: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 332: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 333: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 334: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 335: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 336: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 337: StMemB dst: rfp src: r0 off: -115 imm: 0
	 338: Ja off: -1 <ct_ordered_37>
ct_swap_36:
	 339: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 340: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 341: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 342: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 343: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 344: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 345: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 346: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 347: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 348: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 349: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 350: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 351: StMemB dst: rfp src: r0 off: -115 imm: 0
	 352: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_37:
	 353: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 355: MovReg dst: r2 src: rfp
	 356: AddImm dst: r2 imm: -152
	 357: Call FnMapLookupElem
	 358: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 359: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 360: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 361: Ja off: -1 <ct_reply>
ct_miss_35:
	 362: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 363: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_38>
	 364: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 365: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 366: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 367: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 368: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 369: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 370: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 371: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 372: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 373: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 374: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 375: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_38:
	 376: StMemW dst: rfp src: r0 off: -80 imm: 0
	 377: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 378: StMemW dst: rfp src: r0 off: -76 imm: 3
	 379: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 381: MovReg dst: r2 src: rfp
	 382: AddImm dst: r2 imm: -76
	 383: Call FnMapLookupElem
	 384: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 385: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 386: AddImm dst: r1 imm: 1
	 387: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 388: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 389: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 390: AddReg dst: r2 src: r1
	 391: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 392: MovImm dst: r0 imm: 0
	 393: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 394: StMemW dst: rfp src: r0 off: -76 imm: 4
	 395: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 397: MovReg dst: r2 src: rfp
	 398: AddImm dst: r2 imm: -76
	 399: Call FnMapLookupElem
	 400: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 401: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 402: AddImm dst: r1 imm: 1
	 403: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 404: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 405: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 406: AddReg dst: r2 src: r1
	 407: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 408: MovImm dst: r0 imm: 0
	 409: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 410: MovImm dst: r8 imm: 0
	 411: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 412: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 413: XorReg dst: r8 src: r1
	 414: XorReg dst: r8 src: r1
	 415: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 416: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 418: MovReg dst: r2 src: rfp
	 419: AddImm dst: r2 imm: -76
	 420: Call FnMapLookupElem
	 421: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 422: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 423: AddImm dst: r1 imm: 1
	 424: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 425: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 426: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 427: AddReg dst: r2 src: r1
	 428: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 429: StMemW dst: rfp src: r0 off: -64 imm: 259
	 430: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 431: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 432: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 433: StMemW dst: rfp src: r0 off: -44 imm: 0
	 434: StMemW dst: rfp src: r0 off: -40 imm: 0
	 435: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 436: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 437: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 438: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 439: LdXMemB dst: r1 src: rfp off: -140 imm: 0
	 440: OrImm dst: r1 imm: 67174656
	 441: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 442: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 443: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 444: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 445: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 446: StMemW dst: rfp src: r0 off: -32 imm: 0
	 447: StMemW dst: rfp src: r0 off: -16 imm: 0
	 448: StMemW dst: rfp src: r0 off: -28 imm: 0
	 449: StMemW dst: rfp src: r0 off: -12 imm: 0
	 450: StMemW dst: rfp src: r0 off: -24 imm: 0
	 451: StMemW dst: rfp src: r0 off: -8 imm: 0
	 452: Ja off: -1 <fam_done_43>
fam_v6_42:
	 453: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 454: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 455: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 456: OrImm dst: r1 imm: 100729088
	 457: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 458: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 459: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 460: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 461: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 462: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 463: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 464: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 465: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 466: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 467: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 468: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 469: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 470: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 471: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 472: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 473: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 474: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 476: MovReg dst: r2 src: rfp
	 477: AddImm dst: r2 imm: -64
	 478: MovImm dst: r3 imm: 60
	 479: MovImm dst: r4 imm: 0
	 480: Call FnRingbufOutput
	 481: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 482: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 483: StMemH dst: rfp src: r0 off: -104 imm: 0
	 484: StMemB dst: rfp src: r0 off: -102 imm: 1
	 485: StMemB dst: rfp src: r0 off: -101 imm: 1
	 486: LdXMemB dst: r1 src: rfp off: -72 imm: 0
	 487: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 488: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 489: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_47>
	 490: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 491: LdXMemW dst: r2 src: rfp off: -148 imm: 0
	 492: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 493: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 494: LdXMemH dst: r1 src: rfp off: -144 imm: 0
	 495: LdXMemH dst: r2 src: rfp off: -142 imm: 0
	 496: StXMemH dst: rfp src: r2 off: -144 imm: 0
	 497: StXMemH dst: rfp src: r1 off: -142 imm: 0
ct_noswap_47:
	 498: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 500: MovReg dst: r2 src: rfp
	 501: AddImm dst: r2 imm: -152
	 502: MovReg dst: r3 src: rfp
	 503: AddImm dst: r3 imm: -108
	 504: MovImm dst: r4 imm: 0
	 505: Call FnMapUpdateElem
	 506: Ja off: -1 <fam_done_46>
fam_v6_45:
	 507: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 508: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_48>
	 509: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 510: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 511: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 512: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 513: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 514: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 515: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 516: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 517: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 518: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 519: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 520: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_48:
	 521: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 523: MovReg dst: r2 src: rfp
	 524: AddImm dst: r2 imm: -152
	 525: MovReg dst: r3 src: rfp
	 526: AddImm dst: r3 imm: -108
	 527: MovImm dst: r4 imm: 0
	 528: Call FnMapUpdateElem
fam_done_46:
	 529: MovImm dst: r0 imm: 0
	 530: Exit
malformed:
	    ; truncated or malformed header: drop
	 531: StMemW dst: rfp src: r0 off: -76 imm: 2
	 532: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 534: MovReg dst: r2 src: rfp
	 535: AddImm dst: r2 imm: -76
	 536: Call FnMapLookupElem
	 537: JEqImm dst: r0 off: -1 imm: 0 <count_done_49>
	 538: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 539: AddImm dst: r1 imm: 1
	 540: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 541: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 542: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 543: AddReg dst: r2 src: r1
	 544: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_49:
	 545: MovImm dst: r0 imm: 2
	 546: Exit

