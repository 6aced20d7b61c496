== subject-256 policy_ingress (section tcx/egress, enforced=true, 791 instructions)
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
	  49: StXMemW dst: rfp src: r5 off: -136 imm: 0
	  50: StMemW dst: rfp src: r0 off: -148 imm: 0
	  51: StMemW dst: rfp src: r0 off: -132 imm: 0
	  52: StMemW dst: rfp src: r0 off: -144 imm: 0
	  53: StMemW dst: rfp src: r0 off: -128 imm: 0
	  54: StMemW dst: rfp src: r0 off: -140 imm: 0
	  55: StMemW dst: rfp src: r0 off: -124 imm: 0
	  56: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	  57: AddReg dst: r4 src: r1
l4_4:
	    ; transport header (IPv4)
	  58: OrReg dst: r7 src: r5
	  59: MovImm dst: r8 imm: 0
	  60: StMemW dst: rfp src: r0 off: -120 imm: 0
	  61: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	  62: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	  63: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	  64: JEqImm dst: r5 off: -1 imm: 132 <sctp_4>
	  65: JEqImm dst: r5 off: -1 imm: 1 <icmp_4>
	  66: Ja off: -1 <l4done_4>
tcp_4:
	  67: MovReg dst: r0 src: r4
	  68: AddImm dst: r0 imm: 20
	  69: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  70: Ja off: -1 <ports_4>
udp_4:
	  71: MovReg dst: r0 src: r4
	  72: AddImm dst: r0 imm: 8
	  73: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  74: Ja off: -1 <ports_4>
sctp_4:
	  75: MovReg dst: r0 src: r4
	  76: AddImm dst: r0 imm: 12
	  77: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  78: Ja off: -1 <ports_4>
ports_4:
	  79: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  80: StXMemW dst: rfp src: r1 off: -120 imm: 0
	  81: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  82: SwapBE dst: r8 
	  83: Ja off: -1 <l4done_4>
icmp_4:
	    ; ICMP type (echo tracked by identifier)
	  84: MovReg dst: r0 src: r4
	  85: AddImm dst: r0 imm: 8
	  86: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  87: LdXMemB dst: r8 src: r4 off: 0 imm: 0
	  88: JEqImm dst: r8 off: -1 imm: 8 <echoreq_4>
	  89: JEqImm dst: r8 off: -1 imm: 0 <echorep_4>
	  90: OrImm dst: r7 imm: 512
	  91: Ja off: -1 <l4done_4>
echoreq_4:
	  92: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	  93: StXMemH dst: rfp src: r1 off: -120 imm: 0
	  94: Ja off: -1 <l4done_4>
echorep_4:
	  95: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	  96: StXMemH dst: rfp src: r1 off: -118 imm: 0
	  97: Ja off: -1 <l4done_4>
l4done_4:
	  98: StXMemB dst: rfp src: r5 off: -116 imm: 0
	  99: StMemB dst: rfp src: r0 off: -115 imm: 0
	 100: StMemB dst: rfp src: r0 off: -114 imm: 4
	 101: StMemB dst: rfp src: r0 off: -113 imm: 0
	 102: StMemW dst: rfp src: r0 off: -112 imm: 256
	 103: StMemB dst: rfp src: r0 off: -72 imm: 4
	 104: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 105: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	 106: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 107: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	 108: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 109: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 110: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 111: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 112: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 113: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 114: StMemB dst: rfp src: r0 off: -115 imm: 0
	 115: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	 116: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 117: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	 118: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 119: StXMemW dst: rfp src: r1 off: -136 imm: 0
	 120: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 121: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 122: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 123: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 124: StMemB dst: rfp src: r0 off: -115 imm: 1
	 125: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	 126: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 128: MovReg dst: r2 src: rfp
	 129: AddImm dst: r2 imm: -152
	 130: Call FnMapLookupElem
	 131: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 132: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 133: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 134: Ja off: -1 <ct_reply>
ct_miss_3:
	 135: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 136: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	 137: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 138: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	 139: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 140: StXMemW dst: rfp src: r1 off: -136 imm: 0
	 141: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 142: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 143: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 144: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_6:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 145: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 147: MovReg dst: r2 src: rfp
	 148: AddImm dst: r2 imm: -152
	 149: Call FnMapLookupElem
	 150: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 151: StMemW dst: rfp src: r0 off: -100 imm: 32
	 152: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 153: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 154: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 156: MovReg dst: r2 src: rfp
	 157: AddImm dst: r2 imm: -100
	 158: Call FnMapLookupElem
	 159: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 160: StMemW dst: rfp src: r0 off: -80 imm: 9
	 161: Ja off: -1 <membership>
ipv6:
	    ; IPv6 header
	 162: MovReg dst: r0 src: r4
	 163: AddImm dst: r0 imm: 40
	 164: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 165: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 166: AndImm dst: r1 imm: 240
	 167: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 168: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 169: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 170: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 171: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 172: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 173: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 174: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 175: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 176: MovImm dst: r7 imm: 0
	 177: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 178: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 179: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 180: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 181: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 182: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 183: Ja off: -1 <l4_6>
v6_opt_7:
	 184: MovReg dst: r0 src: r4
	 185: AddImm dst: r0 imm: 8
	 186: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 187: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 188: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 189: AddImm dst: r1 imm: 1
	 190: LShImm dst: r1 imm: 3
	 191: AddReg dst: r4 src: r1
	 192: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 193: MovReg dst: r0 src: r4
	 194: AddImm dst: r0 imm: 8
	 195: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 196: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 197: SwapBE dst: r1 
	 198: AndImm dst: r1 imm: 65528
	 199: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 200: OrImm dst: r7 imm: 768
	 201: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 202: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 203: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 204: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 205: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 206: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 207: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 208: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 209: Ja off: -1 <l4_6>
v6_opt_11:
	 210: MovReg dst: r0 src: r4
	 211: AddImm dst: r0 imm: 8
	 212: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 213: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 214: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 215: AddImm dst: r1 imm: 1
	 216: LShImm dst: r1 imm: 3
	 217: AddReg dst: r4 src: r1
	 218: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 219: MovReg dst: r0 src: r4
	 220: AddImm dst: r0 imm: 8
	 221: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 222: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 223: SwapBE dst: r1 
	 224: AndImm dst: r1 imm: 65528
	 225: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 226: OrImm dst: r7 imm: 768
	 227: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 228: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 229: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 230: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 231: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 232: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 233: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 234: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 235: Ja off: -1 <l4_6>
v6_opt_15:
	 236: MovReg dst: r0 src: r4
	 237: AddImm dst: r0 imm: 8
	 238: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 239: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 240: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 241: AddImm dst: r1 imm: 1
	 242: LShImm dst: r1 imm: 3
	 243: AddReg dst: r4 src: r1
	 244: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 245: MovReg dst: r0 src: r4
	 246: AddImm dst: r0 imm: 8
	 247: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 248: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 249: SwapBE dst: r1 
	 250: AndImm dst: r1 imm: 65528
	 251: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 252: OrImm dst: r7 imm: 768
	 253: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 254: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 255: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 256: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 257: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 258: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 259: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 260: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 261: Ja off: -1 <l4_6>
v6_opt_19:
	 262: MovReg dst: r0 src: r4
	 263: AddImm dst: r0 imm: 8
	 264: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 265: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 266: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 267: AddImm dst: r1 imm: 1
	 268: LShImm dst: r1 imm: 3
	 269: AddReg dst: r4 src: r1
	 270: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 271: MovReg dst: r0 src: r4
	 272: AddImm dst: r0 imm: 8
	 273: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 274: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 275: SwapBE dst: r1 
	 276: AndImm dst: r1 imm: 65528
	 277: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 278: OrImm dst: r7 imm: 768
	 279: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 280: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 281: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 282: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 283: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 284: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 285: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 286: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 287: Ja off: -1 <l4_6>
v6_opt_23:
	 288: MovReg dst: r0 src: r4
	 289: AddImm dst: r0 imm: 8
	 290: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 291: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 292: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 293: AddImm dst: r1 imm: 1
	 294: LShImm dst: r1 imm: 3
	 295: AddReg dst: r4 src: r1
	 296: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 297: MovReg dst: r0 src: r4
	 298: AddImm dst: r0 imm: 8
	 299: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 300: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 301: SwapBE dst: r1 
	 302: AndImm dst: r1 imm: 65528
	 303: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 304: OrImm dst: r7 imm: 768
	 305: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 306: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 307: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 308: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 309: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 310: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 311: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 312: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 313: Ja off: -1 <l4_6>
v6_opt_27:
	 314: MovReg dst: r0 src: r4
	 315: AddImm dst: r0 imm: 8
	 316: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 317: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 318: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 319: AddImm dst: r1 imm: 1
	 320: LShImm dst: r1 imm: 3
	 321: AddReg dst: r4 src: r1
	 322: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 323: MovReg dst: r0 src: r4
	 324: AddImm dst: r0 imm: 8
	 325: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 326: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 327: SwapBE dst: r1 
	 328: AndImm dst: r1 imm: 65528
	 329: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 330: OrImm dst: r7 imm: 768
	 331: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 332: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 333: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 334: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 335: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 336: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 337: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 338: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 339: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 340: OrReg dst: r7 src: r5
	 341: MovImm dst: r8 imm: 0
	 342: StMemW dst: rfp src: r0 off: -120 imm: 0
	 343: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 344: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 345: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 346: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 347: Ja off: -1 <l4done_6>
tcp_6:
	 348: MovReg dst: r0 src: r4
	 349: AddImm dst: r0 imm: 20
	 350: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 351: Ja off: -1 <ports_6>
udp_6:
	 352: MovReg dst: r0 src: r4
	 353: AddImm dst: r0 imm: 8
	 354: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 355: Ja off: -1 <ports_6>
sctp_6:
	 356: MovReg dst: r0 src: r4
	 357: AddImm dst: r0 imm: 12
	 358: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 359: Ja off: -1 <ports_6>
ports_6:
	 360: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 361: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 362: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 363: SwapBE dst: r8 
	 364: Ja off: -1 <l4done_6>
l4done_6:
	 365: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 366: StMemB dst: rfp src: r0 off: -115 imm: 0
	 367: StMemB dst: rfp src: r0 off: -114 imm: 6
	 368: StMemB dst: rfp src: r0 off: -113 imm: 0
	 369: StMemW dst: rfp src: r0 off: -112 imm: 256
	 370: StMemB dst: rfp src: r0 off: -72 imm: 6
	 371: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 372: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_38>
	 373: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 374: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 375: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 376: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 377: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 378: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 379: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 380: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 381: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 382: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 383: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 384: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 385: StMemB dst: rfp src: r0 off: -115 imm: 0
	 386: Ja off: -1 <ct_ordered_37>
ct_swap_36:
	 387: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 388: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 389: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 390: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 391: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 392: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 393: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 394: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 395: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 396: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 397: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 398: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 399: StMemB dst: rfp src: r0 off: -115 imm: 1
	 400: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_37:
	 401: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 403: MovReg dst: r2 src: rfp
	 404: AddImm dst: r2 imm: -152
	 405: Call FnMapLookupElem
	 406: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 407: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 408: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 409: Ja off: -1 <ct_reply>
ct_miss_35:
	 410: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 411: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_38>
	 412: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 413: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 414: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 415: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 416: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 417: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 418: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 419: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 420: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 421: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 422: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 423: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_38:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 424: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 426: MovReg dst: r2 src: rfp
	 427: AddImm dst: r2 imm: -152
	 428: Call FnMapLookupElem
	 429: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 430: StMemW dst: rfp src: r0 off: -100 imm: 128
	 431: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 432: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 433: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 434: StXMemW dst: rfp src: r1 off: -92 imm: 0
	 435: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 436: StXMemW dst: rfp src: r1 off: -88 imm: 0
	 437: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 438: StXMemW dst: rfp src: r1 off: -84 imm: 0
	 439: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 441: MovReg dst: r2 src: rfp
	 442: AddImm dst: r2 imm: -100
	 443: Call FnMapLookupElem
	 444: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 445: StMemW dst: rfp src: r0 off: -80 imm: 10
	 446: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 447: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	 448: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	 449: LShImm dst: r1 imm: 16
	 450: OrImm dst: r1 imm: 512
	 451: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
	 452: StMemW dst: rfp src: r0 off: -76 imm: 3
	 453: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 455: MovReg dst: r2 src: rfp
	 456: AddImm dst: r2 imm: -76
	 457: Call FnMapLookupElem
	 458: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 459: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 460: AddImm dst: r1 imm: 1
	 461: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 462: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 463: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 464: AddReg dst: r2 src: r1
	 465: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 466: MovImm dst: r0 imm: 0
	 467: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 468: StMemW dst: rfp src: r0 off: -76 imm: 4
	 469: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 471: MovReg dst: r2 src: rfp
	 472: AddImm dst: r2 imm: -76
	 473: Call FnMapLookupElem
	 474: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 475: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 476: AddImm dst: r1 imm: 1
	 477: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 478: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 479: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 480: AddReg dst: r2 src: r1
	 481: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 482: MovImm dst: r0 imm: 0
	 483: Exit
have_identity:
	 484: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 485: StXMemW dst: rfp src: r1 off: -80 imm: 0
membership:
	    ; selector membership of the peer identity
	 486: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 488: MovReg dst: r2 src: rfp
	 489: AddImm dst: r2 imm: -80
	 490: Call FnMapLookupElem
	 491: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 492: MovReg dst: r9 src: r0
	 493: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 494: StMemW dst: rfp src: r0 off: -76 imm: 6
	 495: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 497: MovReg dst: r2 src: rfp
	 498: AddImm dst: r2 imm: -76
	 499: Call FnMapLookupElem
	 500: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 501: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 502: AddImm dst: r1 imm: 1
	 503: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 504: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 505: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 506: AddReg dst: r2 src: r1
	 507: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 508: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 509: MovReg dst: r1 src: r7
	 510: AndImm dst: r1 imm: 511
	 511: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 512: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 513: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 5 intervals
	 514: JGEImm dst: r8 off: -1 imm: 2 <ge_42>
	 515: JGEImm dst: r8 off: -1 imm: 1 <ge_43>
	 516: Ja off: -1 <class_0>
ge_43:
	 517: Ja off: -1 <class_1>
ge_42:
	 518: JGEImm dst: r8 off: -1 imm: 10000 <ge_44>
	 519: Ja off: -1 <class_0>
ge_44:
	 520: JGEImm dst: r8 off: -1 imm: 10001 <ge_45>
	 521: Ja off: -1 <class_2>
ge_45:
	 522: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 3 intervals
	 523: JGEImm dst: r8 off: -1 imm: 1 <ge_46>
	 524: Ja off: -1 <class_0>
ge_46:
	 525: JGEImm dst: r8 off: -1 imm: 1025 <ge_47>
	 526: Ja off: -1 <class_3>
ge_47:
	 527: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order []
	 528: Ja off: -1 <default>
class_1:
	    ; class 1: candidates in precedence order [4]
	 529: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 530: JSet32Imm dst: r1 off: -1 imm: 4 <c1_entry4_48>
	 531: Ja off: -1 <default>
c1_entry4_48:
	    ; entry 4 allow peer={reserved.host=} proto=6 ports=1-1: ns/random random.yaml:4:3
	 532: MovImm dst: r8 imm: 4
	 533: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [3]
	 534: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 535: JSet32Imm dst: r1 off: -1 imm: 1 <c2_entry3_49>
	 536: Ja off: -1 <default>
c2_entry3_49:
	    ; entry 3 allow peer={} proto=6 ports=10000-10000: ns/random random.yaml:3:3
	 537: MovImm dst: r8 imm: 3
	 538: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [1]
	 539: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 540: JSet32Imm dst: r1 off: -1 imm: 32 <c3_entry1_50>
	 541: Ja off: -1 <default>
c3_entry1_50:
	    ; entry 1 redirect peer={reserved.world=} proto=132 ports=1-1024: ns/random random.yaml:1:3
	 542: MovImm dst: r8 imm: 1
	 543: MovImm dst: r9 imm: 39738
	 544: Ja off: -1 <verdict_redirect>
default:
	    ; no entry matches: deny (enforced=true)
	 545: MovImm dst: r8 imm: 0
	 546: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 547: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 548: XorReg dst: r8 src: r1
	 549: XorReg dst: r8 src: r1
	 550: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 551: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 553: MovReg dst: r2 src: rfp
	 554: AddImm dst: r2 imm: -76
	 555: Call FnMapLookupElem
	 556: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 557: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 558: AddImm dst: r1 imm: 1
	 559: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 560: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 561: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 562: AddReg dst: r2 src: r1
	 563: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 564: StMemW dst: rfp src: r0 off: -60 imm: 256
	 565: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 566: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 567: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 568: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 569: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 570: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 571: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 572: LShImm dst: r2 imm: 24
	 573: OrReg dst: r1 src: r2
	 574: OrImm dst: r1 imm: 0
	 575: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 576: StMemW dst: rfp src: r0 off: -44 imm: 0
	 577: StMemW dst: rfp src: r0 off: -40 imm: 0
	 578: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 579: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 580: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 581: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 582: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 583: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 584: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 585: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 586: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 587: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 588: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 589: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 590: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 591: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 592: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 593: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 594: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 596: MovReg dst: r2 src: rfp
	 597: AddImm dst: r2 imm: -64
	 598: MovImm dst: r3 imm: 60
	 599: MovImm dst: r4 imm: 0
	 600: Call FnRingbufOutput
	 601: MovImm dst: r0 imm: 2
	 602: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 603: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 604: XorReg dst: r8 src: r1
	 605: XorReg dst: r8 src: r1
	 606: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 607: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 609: MovReg dst: r2 src: rfp
	 610: AddImm dst: r2 imm: -76
	 611: Call FnMapLookupElem
	 612: JEqImm dst: r0 off: -1 imm: 0 <count_done_52>
	 613: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 614: AddImm dst: r1 imm: 1
	 615: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 616: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 617: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 618: AddReg dst: r2 src: r1
	 619: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_52:
	 620: StMemW dst: rfp src: r0 off: -60 imm: 256
	 621: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 622: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 623: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 624: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 625: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 626: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 627: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 628: LShImm dst: r2 imm: 24
	 629: OrReg dst: r1 src: r2
	 630: OrImm dst: r1 imm: 256
	 631: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 632: StMemW dst: rfp src: r0 off: -44 imm: 0
	 633: StMemW dst: rfp src: r0 off: -40 imm: 0
	 634: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 635: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 636: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 637: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 638: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 639: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 640: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 641: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 642: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 643: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 644: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 645: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 646: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 647: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 648: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 649: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 650: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 652: MovReg dst: r2 src: rfp
	 653: AddImm dst: r2 imm: -64
	 654: MovImm dst: r3 imm: 60
	 655: MovImm dst: r4 imm: 0
	 656: Call FnRingbufOutput
	 657: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_53>
	 658: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 659: StMemH dst: rfp src: r0 off: -104 imm: 0
	 660: StMemB dst: rfp src: r0 off: -102 imm: 1
	 661: StMemB dst: rfp src: r0 off: -101 imm: 0
	 662: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 663: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_54>
	 664: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 665: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 666: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 667: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 668: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 669: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 670: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 671: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 672: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 673: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 674: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 675: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_54:
	 676: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 678: MovReg dst: r2 src: rfp
	 679: AddImm dst: r2 imm: -152
	 680: MovReg dst: r3 src: rfp
	 681: AddImm dst: r3 imm: -108
	 682: MovImm dst: r4 imm: 0
	 683: Call FnMapUpdateElem
ct_norecord_53:
	 684: MovImm dst: r0 imm: 0
	 685: Exit
verdict_redirect:
	    ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	 686: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 687: XorReg dst: r8 src: r1
	 688: XorReg dst: r8 src: r1
	 689: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 690: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 692: MovReg dst: r2 src: rfp
	 693: AddImm dst: r2 imm: -76
	 694: Call FnMapLookupElem
	 695: JEqImm dst: r0 off: -1 imm: 0 <count_done_55>
	 696: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 697: AddImm dst: r1 imm: 1
	 698: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 699: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 700: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 701: AddReg dst: r2 src: r1
	 702: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_55:
	 703: MovReg dst: r1 src: r9
	 704: LShImm dst: r1 imm: 16
	 705: OrImm dst: r1 imm: 512
	 706: StXMemW dst: r6 src: r1 off: 8 imm: 0
	 707: StMemW dst: rfp src: r0 off: -60 imm: 256
	 708: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 709: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 710: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 711: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 712: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 713: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 714: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 715: LShImm dst: r2 imm: 24
	 716: OrReg dst: r1 src: r2
	 717: OrImm dst: r1 imm: 512
	 718: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 719: StMemW dst: rfp src: r0 off: -44 imm: 0
	 720: MovReg dst: r1 src: r9
	 721: AndImm dst: r1 imm: 65535
	 722: StXMemW dst: rfp src: r1 off: -40 imm: 0
	 723: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 724: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 725: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 726: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 727: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 728: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 729: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 730: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 731: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 732: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 733: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 734: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 735: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 736: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 737: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 738: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 739: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 741: MovReg dst: r2 src: rfp
	 742: AddImm dst: r2 imm: -64
	 743: MovImm dst: r3 imm: 60
	 744: MovImm dst: r4 imm: 0
	 745: Call FnRingbufOutput
	 746: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_56>
	 747: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 748: StXMemH dst: rfp src: r9 off: -104 imm: 0
	 749: StMemB dst: rfp src: r0 off: -102 imm: 2
	 750: StMemB dst: rfp src: r0 off: -101 imm: 0
	 751: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 752: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_57>
	 753: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 754: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 755: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 756: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 757: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 758: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 759: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 760: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 761: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 762: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 763: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 764: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_57:
	 765: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 767: MovReg dst: r2 src: rfp
	 768: AddImm dst: r2 imm: -152
	 769: MovReg dst: r3 src: rfp
	 770: AddImm dst: r3 imm: -108
	 771: MovImm dst: r4 imm: 0
	 772: Call FnMapUpdateElem
ct_norecord_56:
	 773: MovImm dst: r0 imm: 0
	 774: Exit
malformed:
	    ; truncated or malformed header: drop
	 775: StMemW dst: rfp src: r0 off: -76 imm: 2
	 776: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 778: MovReg dst: r2 src: rfp
	 779: AddImm dst: r2 imm: -76
	 780: Call FnMapLookupElem
	 781: JEqImm dst: r0 off: -1 imm: 0 <count_done_58>
	 782: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 783: AddImm dst: r1 imm: 1
	 784: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 785: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 786: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 787: AddReg dst: r2 src: r1
	 788: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_58:
	 789: MovImm dst: r0 imm: 2
	 790: Exit

== subject-256 policy_egress (section tcx/ingress, enforced=true, 720 instructions)
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
	  49: StXMemW dst: rfp src: r5 off: -136 imm: 0
	  50: StMemW dst: rfp src: r0 off: -148 imm: 0
	  51: StMemW dst: rfp src: r0 off: -132 imm: 0
	  52: StMemW dst: rfp src: r0 off: -144 imm: 0
	  53: StMemW dst: rfp src: r0 off: -128 imm: 0
	  54: StMemW dst: rfp src: r0 off: -140 imm: 0
	  55: StMemW dst: rfp src: r0 off: -124 imm: 0
	  56: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	  57: AddReg dst: r4 src: r1
l4_4:
	    ; transport header (IPv4)
	  58: OrReg dst: r7 src: r5
	  59: MovImm dst: r8 imm: 0
	  60: StMemW dst: rfp src: r0 off: -120 imm: 0
	  61: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	  62: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	  63: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	  64: JEqImm dst: r5 off: -1 imm: 132 <sctp_4>
	  65: JEqImm dst: r5 off: -1 imm: 1 <icmp_4>
	  66: Ja off: -1 <l4done_4>
tcp_4:
	  67: MovReg dst: r0 src: r4
	  68: AddImm dst: r0 imm: 20
	  69: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  70: Ja off: -1 <ports_4>
udp_4:
	  71: MovReg dst: r0 src: r4
	  72: AddImm dst: r0 imm: 8
	  73: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  74: Ja off: -1 <ports_4>
sctp_4:
	  75: MovReg dst: r0 src: r4
	  76: AddImm dst: r0 imm: 12
	  77: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  78: Ja off: -1 <ports_4>
ports_4:
	  79: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  80: StXMemW dst: rfp src: r1 off: -120 imm: 0
	  81: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  82: SwapBE dst: r8 
	  83: Ja off: -1 <l4done_4>
icmp_4:
	    ; ICMP type (echo tracked by identifier)
	  84: MovReg dst: r0 src: r4
	  85: AddImm dst: r0 imm: 8
	  86: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  87: LdXMemB dst: r8 src: r4 off: 0 imm: 0
	  88: JEqImm dst: r8 off: -1 imm: 8 <echoreq_4>
	  89: JEqImm dst: r8 off: -1 imm: 0 <echorep_4>
	  90: OrImm dst: r7 imm: 512
	  91: Ja off: -1 <l4done_4>
echoreq_4:
	  92: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	  93: StXMemH dst: rfp src: r1 off: -120 imm: 0
	  94: Ja off: -1 <l4done_4>
echorep_4:
	  95: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	  96: StXMemH dst: rfp src: r1 off: -118 imm: 0
	  97: Ja off: -1 <l4done_4>
l4done_4:
	  98: StXMemB dst: rfp src: r5 off: -116 imm: 0
	  99: StMemB dst: rfp src: r0 off: -115 imm: 1
	 100: StMemB dst: rfp src: r0 off: -114 imm: 4
	 101: StMemB dst: rfp src: r0 off: -113 imm: 0
	 102: StMemW dst: rfp src: r0 off: -112 imm: 256
	 103: StMemB dst: rfp src: r0 off: -72 imm: 4
	 104: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 105: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	 106: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 107: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	 108: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 109: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 110: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 111: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 112: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 113: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	 114: StMemB dst: rfp src: r0 off: -115 imm: 0
	 115: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	 116: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 117: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	 118: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 119: StXMemW dst: rfp src: r1 off: -136 imm: 0
	 120: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 121: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 122: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 123: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 124: StMemB dst: rfp src: r0 off: -115 imm: 0
	 125: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	 126: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 128: MovReg dst: r2 src: rfp
	 129: AddImm dst: r2 imm: -152
	 130: Call FnMapLookupElem
	 131: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 132: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 133: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 134: Ja off: -1 <ct_reply>
ct_miss_3:
	 135: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 136: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	 137: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 138: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	 139: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 140: StXMemW dst: rfp src: r1 off: -136 imm: 0
	 141: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 142: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 143: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 144: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_6:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 145: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 147: MovReg dst: r2 src: rfp
	 148: AddImm dst: r2 imm: -136
	 149: Call FnMapLookupElem
	 150: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 151: StMemW dst: rfp src: r0 off: -100 imm: 32
	 152: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 153: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 154: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 156: MovReg dst: r2 src: rfp
	 157: AddImm dst: r2 imm: -100
	 158: Call FnMapLookupElem
	 159: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 160: StMemW dst: rfp src: r0 off: -80 imm: 9
	 161: Ja off: -1 <membership>
ipv6:
	    ; IPv6 header
	 162: MovReg dst: r0 src: r4
	 163: AddImm dst: r0 imm: 40
	 164: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 165: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 166: AndImm dst: r1 imm: 240
	 167: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 168: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 169: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 170: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 171: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 172: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 173: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 174: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 175: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 176: MovImm dst: r7 imm: 0
	 177: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 178: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 179: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 180: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 181: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 182: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 183: Ja off: -1 <l4_6>
v6_opt_7:
	 184: MovReg dst: r0 src: r4
	 185: AddImm dst: r0 imm: 8
	 186: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 187: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 188: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 189: AddImm dst: r1 imm: 1
	 190: LShImm dst: r1 imm: 3
	 191: AddReg dst: r4 src: r1
	 192: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 193: MovReg dst: r0 src: r4
	 194: AddImm dst: r0 imm: 8
	 195: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 196: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 197: SwapBE dst: r1 
	 198: AndImm dst: r1 imm: 65528
	 199: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 200: OrImm dst: r7 imm: 768
	 201: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 202: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 203: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 204: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 205: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 206: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 207: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 208: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 209: Ja off: -1 <l4_6>
v6_opt_11:
	 210: MovReg dst: r0 src: r4
	 211: AddImm dst: r0 imm: 8
	 212: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 213: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 214: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 215: AddImm dst: r1 imm: 1
	 216: LShImm dst: r1 imm: 3
	 217: AddReg dst: r4 src: r1
	 218: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 219: MovReg dst: r0 src: r4
	 220: AddImm dst: r0 imm: 8
	 221: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 222: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 223: SwapBE dst: r1 
	 224: AndImm dst: r1 imm: 65528
	 225: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 226: OrImm dst: r7 imm: 768
	 227: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 228: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 229: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 230: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 231: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 232: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 233: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 234: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 235: Ja off: -1 <l4_6>
v6_opt_15:
	 236: MovReg dst: r0 src: r4
	 237: AddImm dst: r0 imm: 8
	 238: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 239: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 240: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 241: AddImm dst: r1 imm: 1
	 242: LShImm dst: r1 imm: 3
	 243: AddReg dst: r4 src: r1
	 244: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 245: MovReg dst: r0 src: r4
	 246: AddImm dst: r0 imm: 8
	 247: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 248: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 249: SwapBE dst: r1 
	 250: AndImm dst: r1 imm: 65528
	 251: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 252: OrImm dst: r7 imm: 768
	 253: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 254: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 255: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 256: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 257: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 258: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 259: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 260: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 261: Ja off: -1 <l4_6>
v6_opt_19:
	 262: MovReg dst: r0 src: r4
	 263: AddImm dst: r0 imm: 8
	 264: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 265: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 266: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 267: AddImm dst: r1 imm: 1
	 268: LShImm dst: r1 imm: 3
	 269: AddReg dst: r4 src: r1
	 270: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 271: MovReg dst: r0 src: r4
	 272: AddImm dst: r0 imm: 8
	 273: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 274: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 275: SwapBE dst: r1 
	 276: AndImm dst: r1 imm: 65528
	 277: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 278: OrImm dst: r7 imm: 768
	 279: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 280: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 281: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 282: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 283: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 284: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 285: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 286: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 287: Ja off: -1 <l4_6>
v6_opt_23:
	 288: MovReg dst: r0 src: r4
	 289: AddImm dst: r0 imm: 8
	 290: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 291: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 292: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 293: AddImm dst: r1 imm: 1
	 294: LShImm dst: r1 imm: 3
	 295: AddReg dst: r4 src: r1
	 296: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 297: MovReg dst: r0 src: r4
	 298: AddImm dst: r0 imm: 8
	 299: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 300: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 301: SwapBE dst: r1 
	 302: AndImm dst: r1 imm: 65528
	 303: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 304: OrImm dst: r7 imm: 768
	 305: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 306: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 307: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 308: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 309: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 310: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 311: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 312: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 313: Ja off: -1 <l4_6>
v6_opt_27:
	 314: MovReg dst: r0 src: r4
	 315: AddImm dst: r0 imm: 8
	 316: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 317: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 318: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 319: AddImm dst: r1 imm: 1
	 320: LShImm dst: r1 imm: 3
	 321: AddReg dst: r4 src: r1
	 322: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 323: MovReg dst: r0 src: r4
	 324: AddImm dst: r0 imm: 8
	 325: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 326: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 327: SwapBE dst: r1 
	 328: AndImm dst: r1 imm: 65528
	 329: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 330: OrImm dst: r7 imm: 768
	 331: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 332: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 333: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 334: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 335: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 336: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 337: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 338: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 339: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 340: OrReg dst: r7 src: r5
	 341: MovImm dst: r8 imm: 0
	 342: StMemW dst: rfp src: r0 off: -120 imm: 0
	 343: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 344: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 345: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 346: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 347: Ja off: -1 <l4done_6>
tcp_6:
	 348: MovReg dst: r0 src: r4
	 349: AddImm dst: r0 imm: 20
	 350: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 351: Ja off: -1 <ports_6>
udp_6:
	 352: MovReg dst: r0 src: r4
	 353: AddImm dst: r0 imm: 8
	 354: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 355: Ja off: -1 <ports_6>
sctp_6:
	 356: MovReg dst: r0 src: r4
	 357: AddImm dst: r0 imm: 12
	 358: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 359: Ja off: -1 <ports_6>
ports_6:
	 360: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 361: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 362: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 363: SwapBE dst: r8 
	 364: Ja off: -1 <l4done_6>
l4done_6:
	 365: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 366: StMemB dst: rfp src: r0 off: -115 imm: 1
	 367: StMemB dst: rfp src: r0 off: -114 imm: 6
	 368: StMemB dst: rfp src: r0 off: -113 imm: 0
	 369: StMemW dst: rfp src: r0 off: -112 imm: 256
	 370: StMemB dst: rfp src: r0 off: -72 imm: 6
	 371: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 372: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_38>
	 373: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 374: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 375: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 376: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 377: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 378: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 379: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 380: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 381: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 382: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 383: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 384: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 385: StMemB dst: rfp src: r0 off: -115 imm: 0
	 386: Ja off: -1 <ct_ordered_37>
ct_swap_36:
	 387: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 388: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 389: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 390: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 391: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 392: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 393: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 394: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 395: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 396: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 397: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 398: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 399: StMemB dst: rfp src: r0 off: -115 imm: 0
	 400: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_37:
	 401: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 403: MovReg dst: r2 src: rfp
	 404: AddImm dst: r2 imm: -152
	 405: Call FnMapLookupElem
	 406: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 407: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 408: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 409: Ja off: -1 <ct_reply>
ct_miss_35:
	 410: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 411: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_38>
	 412: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 413: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 414: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 415: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 416: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 417: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 418: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 419: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 420: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 421: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 422: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 423: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_38:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 424: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 426: MovReg dst: r2 src: rfp
	 427: AddImm dst: r2 imm: -136
	 428: Call FnMapLookupElem
	 429: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 430: StMemW dst: rfp src: r0 off: -100 imm: 128
	 431: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 432: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 433: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 434: StXMemW dst: rfp src: r1 off: -92 imm: 0
	 435: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 436: StXMemW dst: rfp src: r1 off: -88 imm: 0
	 437: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 438: StXMemW dst: rfp src: r1 off: -84 imm: 0
	 439: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 441: MovReg dst: r2 src: rfp
	 442: AddImm dst: r2 imm: -100
	 443: Call FnMapLookupElem
	 444: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 445: StMemW dst: rfp src: r0 off: -80 imm: 10
	 446: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 447: StMemW dst: rfp src: r0 off: -76 imm: 3
	 448: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 450: MovReg dst: r2 src: rfp
	 451: AddImm dst: r2 imm: -76
	 452: Call FnMapLookupElem
	 453: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 454: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 455: AddImm dst: r1 imm: 1
	 456: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 457: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 458: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 459: AddReg dst: r2 src: r1
	 460: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 461: MovImm dst: r0 imm: 0
	 462: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 463: StMemW dst: rfp src: r0 off: -76 imm: 4
	 464: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 466: MovReg dst: r2 src: rfp
	 467: AddImm dst: r2 imm: -76
	 468: Call FnMapLookupElem
	 469: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 470: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 471: AddImm dst: r1 imm: 1
	 472: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 473: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 474: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 475: AddReg dst: r2 src: r1
	 476: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 477: MovImm dst: r0 imm: 0
	 478: Exit
have_identity:
	 479: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 480: StXMemW dst: rfp src: r1 off: -80 imm: 0
membership:
	    ; selector membership of the peer identity
	 481: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 483: MovReg dst: r2 src: rfp
	 484: AddImm dst: r2 imm: -80
	 485: Call FnMapLookupElem
	 486: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 487: MovReg dst: r9 src: r0
	 488: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 489: StMemW dst: rfp src: r0 off: -76 imm: 6
	 490: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 492: MovReg dst: r2 src: rfp
	 493: AddImm dst: r2 imm: -76
	 494: Call FnMapLookupElem
	 495: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 496: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 497: AddImm dst: r1 imm: 1
	 498: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 499: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 500: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 501: AddReg dst: r2 src: r1
	 502: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 503: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 504: MovReg dst: r1 src: r7
	 505: AndImm dst: r1 imm: 511
	 506: JEqImm dst: r1 off: -1 imm: 1 <tree_1>
	 507: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 508: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 509: JEqImm dst: r1 off: -1 imm: 388 <class_4>
	 510: Ja off: -1 <class_0>
tree_1:
	    ; protocol 1: port compare tree over 5 intervals
	 511: JGEImm dst: r8 off: -1 imm: 129 <ge_42>
	 512: JGEImm dst: r8 off: -1 imm: 128 <ge_43>
	 513: Ja off: -1 <class_0>
ge_43:
	 514: Ja off: -1 <class_1>
ge_42:
	 515: JGEImm dst: r8 off: -1 imm: 135 <ge_44>
	 516: Ja off: -1 <class_0>
ge_44:
	 517: JGEImm dst: r8 off: -1 imm: 136 <ge_45>
	 518: Ja off: -1 <class_2>
ge_45:
	 519: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 3 intervals
	 520: JGEImm dst: r8 off: -1 imm: 22 <ge_46>
	 521: Ja off: -1 <class_0>
ge_46:
	 522: JGEImm dst: r8 off: -1 imm: 82 <ge_47>
	 523: Ja off: -1 <class_3>
ge_47:
	 524: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 1 intervals
	 525: Ja off: -1 <class_4>
class_0:
	    ; class 0: candidates in precedence order [5]
	 526: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 527: JSet32Imm dst: r1 off: -1 imm: 16 <c0_entry5_48>
	 528: Ja off: -1 <default>
c0_entry5_48:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 529: MovImm dst: r8 imm: 5
	 530: Ja off: -1 <verdict_deny>
class_1:
	    ; class 1: candidates in precedence order [5 8]
	 531: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 532: JSet32Imm dst: r1 off: -1 imm: 16 <c1_entry5_49>
	 533: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry8_50>
	 534: Ja off: -1 <default>
c1_entry5_49:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 535: MovImm dst: r8 imm: 5
	 536: Ja off: -1 <verdict_deny>
c1_entry8_50:
	    ; entry 8 allow peer={} proto=1 ports=128-128: ns/random random.yaml:8:3
	 537: MovImm dst: r8 imm: 8
	 538: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [5 9]
	 539: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 540: JSet32Imm dst: r1 off: -1 imm: 16 <c2_entry5_51>
	 541: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry9_52>
	 542: Ja off: -1 <default>
c2_entry5_51:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 543: MovImm dst: r8 imm: 5
	 544: Ja off: -1 <verdict_deny>
c2_entry9_52:
	    ; entry 9 allow peer={reserved.host=} proto=1 ports=135-135: ns/random random.yaml:9:3
	 545: MovImm dst: r8 imm: 9
	 546: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [5 6]
	 547: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 548: JSet32Imm dst: r1 off: -1 imm: 16 <c3_entry5_53>
	 549: JSet32Imm dst: r1 off: -1 imm: 1 <c3_entry6_54>
	 550: Ja off: -1 <default>
c3_entry5_53:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 551: MovImm dst: r8 imm: 5
	 552: Ja off: -1 <verdict_deny>
c3_entry6_54:
	    ; entry 6 deny peer={} proto=6 ports=22-81: ns/random random.yaml:6:3
	 553: MovImm dst: r8 imm: 6
	 554: Ja off: -1 <verdict_deny>
class_4:
	    ; class 4: candidates in precedence order [5 7]
	 555: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 556: JSet32Imm dst: r1 off: -1 imm: 16 <c4_entry5_55>
	 557: JSet32Imm dst: r1 off: -1 imm: 8 <c4_entry7_56>
	 558: Ja off: -1 <default>
c4_entry5_55:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 559: MovImm dst: r8 imm: 5
	 560: Ja off: -1 <verdict_deny>
c4_entry7_56:
	    ; entry 7 deny peer={k8s.app=b} proto=132 ports=0-65535: ns/random random.yaml:7:3
	 561: MovImm dst: r8 imm: 7
	 562: Ja off: -1 <verdict_deny>
default:
	    ; no entry matches: deny (enforced=true)
	 563: MovImm dst: r8 imm: 0
	 564: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 565: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 566: XorReg dst: r8 src: r1
	 567: XorReg dst: r8 src: r1
	 568: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 569: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 571: MovReg dst: r2 src: rfp
	 572: AddImm dst: r2 imm: -76
	 573: Call FnMapLookupElem
	 574: JEqImm dst: r0 off: -1 imm: 0 <count_done_57>
	 575: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 576: AddImm dst: r1 imm: 1
	 577: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 578: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 579: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 580: AddReg dst: r2 src: r1
	 581: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_57:
	 582: StMemW dst: rfp src: r0 off: -64 imm: 256
	 583: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 584: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 585: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 586: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 587: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 588: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 589: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 590: LShImm dst: r2 imm: 24
	 591: OrReg dst: r1 src: r2
	 592: OrImm dst: r1 imm: 65536
	 593: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 594: StMemW dst: rfp src: r0 off: -44 imm: 0
	 595: StMemW dst: rfp src: r0 off: -40 imm: 0
	 596: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 597: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 598: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 599: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 600: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 601: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 602: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 603: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 604: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 605: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 606: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 607: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 608: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 609: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 610: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 611: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 612: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 614: MovReg dst: r2 src: rfp
	 615: AddImm dst: r2 imm: -64
	 616: MovImm dst: r3 imm: 60
	 617: MovImm dst: r4 imm: 0
	 618: Call FnRingbufOutput
	 619: MovImm dst: r0 imm: 2
	 620: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 621: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 622: XorReg dst: r8 src: r1
	 623: XorReg dst: r8 src: r1
	 624: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 625: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 627: MovReg dst: r2 src: rfp
	 628: AddImm dst: r2 imm: -76
	 629: Call FnMapLookupElem
	 630: JEqImm dst: r0 off: -1 imm: 0 <count_done_58>
	 631: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 632: AddImm dst: r1 imm: 1
	 633: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 634: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 635: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 636: AddReg dst: r2 src: r1
	 637: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_58:
	 638: StMemW dst: rfp src: r0 off: -64 imm: 256
	 639: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 640: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 641: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 642: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 643: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 644: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 645: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 646: LShImm dst: r2 imm: 24
	 647: OrReg dst: r1 src: r2
	 648: OrImm dst: r1 imm: 65792
	 649: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 650: StMemW dst: rfp src: r0 off: -44 imm: 0
	 651: StMemW dst: rfp src: r0 off: -40 imm: 0
	 652: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 653: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 654: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 655: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 656: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 657: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 658: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 659: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 660: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 661: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 662: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 663: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 664: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 665: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 666: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 667: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 668: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 670: MovReg dst: r2 src: rfp
	 671: AddImm dst: r2 imm: -64
	 672: MovImm dst: r3 imm: 60
	 673: MovImm dst: r4 imm: 0
	 674: Call FnRingbufOutput
	 675: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_59>
	 676: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 677: StMemH dst: rfp src: r0 off: -104 imm: 0
	 678: StMemB dst: rfp src: r0 off: -102 imm: 1
	 679: StMemB dst: rfp src: r0 off: -101 imm: 1
	 680: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 681: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_60>
	 682: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 683: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 684: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 685: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 686: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 687: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 688: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 689: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 690: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 691: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 692: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 693: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_60:
	 694: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 696: MovReg dst: r2 src: rfp
	 697: AddImm dst: r2 imm: -152
	 698: MovReg dst: r3 src: rfp
	 699: AddImm dst: r3 imm: -108
	 700: MovImm dst: r4 imm: 0
	 701: Call FnMapUpdateElem
ct_norecord_59:
	 702: MovImm dst: r0 imm: 0
	 703: Exit
malformed:
	    ; truncated or malformed header: drop
	 704: StMemW dst: rfp src: r0 off: -76 imm: 2
	 705: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 707: MovReg dst: r2 src: rfp
	 708: AddImm dst: r2 imm: -76
	 709: Call FnMapLookupElem
	 710: JEqImm dst: r0 off: -1 imm: 0 <count_done_61>
	 711: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 712: AddImm dst: r1 imm: 1
	 713: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 714: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 715: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 716: AddReg dst: r2 src: r1
	 717: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_61:
	 718: MovImm dst: r0 imm: 2
	 719: Exit

== subject-257 policy_ingress (section tcx/egress, enforced=false, 529 instructions)
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
	  49: StXMemW dst: rfp src: r5 off: -136 imm: 0
	  50: StMemW dst: rfp src: r0 off: -148 imm: 0
	  51: StMemW dst: rfp src: r0 off: -132 imm: 0
	  52: StMemW dst: rfp src: r0 off: -144 imm: 0
	  53: StMemW dst: rfp src: r0 off: -128 imm: 0
	  54: StMemW dst: rfp src: r0 off: -140 imm: 0
	  55: StMemW dst: rfp src: r0 off: -124 imm: 0
	  56: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	  57: AddReg dst: r4 src: r1
l4_4:
	    ; transport header (IPv4)
	  58: OrReg dst: r7 src: r5
	  59: MovImm dst: r8 imm: 0
	  60: StMemW dst: rfp src: r0 off: -120 imm: 0
	  61: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	  62: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	  63: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	  64: JEqImm dst: r5 off: -1 imm: 132 <sctp_4>
	  65: Ja off: -1 <l4done_4>
tcp_4:
	  66: MovReg dst: r0 src: r4
	  67: AddImm dst: r0 imm: 20
	  68: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  69: Ja off: -1 <ports_4>
udp_4:
	  70: MovReg dst: r0 src: r4
	  71: AddImm dst: r0 imm: 8
	  72: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  73: Ja off: -1 <ports_4>
sctp_4:
	  74: MovReg dst: r0 src: r4
	  75: AddImm dst: r0 imm: 12
	  76: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  77: Ja off: -1 <ports_4>
ports_4:
	  78: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  79: StXMemW dst: rfp src: r1 off: -120 imm: 0
	  80: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  81: SwapBE dst: r8 
	  82: Ja off: -1 <l4done_4>
l4done_4:
	  83: StXMemB dst: rfp src: r5 off: -116 imm: 0
	  84: StMemB dst: rfp src: r0 off: -115 imm: 0
	  85: StMemB dst: rfp src: r0 off: -114 imm: 4
	  86: StMemB dst: rfp src: r0 off: -113 imm: 0
	  87: StMemW dst: rfp src: r0 off: -112 imm: 257
	  88: StMemB dst: rfp src: r0 off: -72 imm: 4
	  89: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	  90: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	  91: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	  92: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	  93: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  94: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	  95: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	  96: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	  97: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  98: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	  99: StMemB dst: rfp src: r0 off: -115 imm: 0
	 100: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	 101: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 102: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	 103: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 104: StXMemW dst: rfp src: r1 off: -136 imm: 0
	 105: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 106: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 107: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 108: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 109: StMemB dst: rfp src: r0 off: -115 imm: 1
	 110: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	 111: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 113: MovReg dst: r2 src: rfp
	 114: AddImm dst: r2 imm: -152
	 115: Call FnMapLookupElem
	 116: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 117: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 118: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 119: Ja off: -1 <ct_reply>
ct_miss_3:
	 120: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 121: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	 122: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 123: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	 124: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 125: StXMemW dst: rfp src: r1 off: -136 imm: 0
	 126: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 127: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 128: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 129: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_6:
	 130: StMemW dst: rfp src: r0 off: -80 imm: 0
	 131: Ja off: -1 <default>
ipv6:
	    ; IPv6 header
	 132: MovReg dst: r0 src: r4
	 133: AddImm dst: r0 imm: 40
	 134: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 135: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 136: AndImm dst: r1 imm: 240
	 137: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 138: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 139: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 140: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 141: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 142: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 143: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 144: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 145: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 146: MovImm dst: r7 imm: 0
	 147: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 148: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 149: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 150: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 151: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 152: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 153: Ja off: -1 <l4_6>
v6_opt_7:
	 154: MovReg dst: r0 src: r4
	 155: AddImm dst: r0 imm: 8
	 156: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 157: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 158: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 159: AddImm dst: r1 imm: 1
	 160: LShImm dst: r1 imm: 3
	 161: AddReg dst: r4 src: r1
	 162: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 163: MovReg dst: r0 src: r4
	 164: AddImm dst: r0 imm: 8
	 165: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 166: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 167: SwapBE dst: r1 
	 168: AndImm dst: r1 imm: 65528
	 169: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 170: OrImm dst: r7 imm: 768
	 171: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 172: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 173: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 174: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 175: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 176: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 177: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 178: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 179: Ja off: -1 <l4_6>
v6_opt_11:
	 180: MovReg dst: r0 src: r4
	 181: AddImm dst: r0 imm: 8
	 182: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 183: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 184: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 185: AddImm dst: r1 imm: 1
	 186: LShImm dst: r1 imm: 3
	 187: AddReg dst: r4 src: r1
	 188: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 189: MovReg dst: r0 src: r4
	 190: AddImm dst: r0 imm: 8
	 191: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 192: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 193: SwapBE dst: r1 
	 194: AndImm dst: r1 imm: 65528
	 195: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 196: OrImm dst: r7 imm: 768
	 197: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 198: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 199: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 200: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 201: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 202: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 203: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 204: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 205: Ja off: -1 <l4_6>
v6_opt_15:
	 206: MovReg dst: r0 src: r4
	 207: AddImm dst: r0 imm: 8
	 208: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 209: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 210: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 211: AddImm dst: r1 imm: 1
	 212: LShImm dst: r1 imm: 3
	 213: AddReg dst: r4 src: r1
	 214: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 215: MovReg dst: r0 src: r4
	 216: AddImm dst: r0 imm: 8
	 217: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 218: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 219: SwapBE dst: r1 
	 220: AndImm dst: r1 imm: 65528
	 221: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 222: OrImm dst: r7 imm: 768
	 223: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 224: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 225: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 226: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 227: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 228: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 229: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 230: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 231: Ja off: -1 <l4_6>
v6_opt_19:
	 232: MovReg dst: r0 src: r4
	 233: AddImm dst: r0 imm: 8
	 234: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 235: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 236: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 237: AddImm dst: r1 imm: 1
	 238: LShImm dst: r1 imm: 3
	 239: AddReg dst: r4 src: r1
	 240: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 241: MovReg dst: r0 src: r4
	 242: AddImm dst: r0 imm: 8
	 243: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 244: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 245: SwapBE dst: r1 
	 246: AndImm dst: r1 imm: 65528
	 247: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 248: OrImm dst: r7 imm: 768
	 249: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 250: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 251: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 252: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 253: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 254: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 255: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 256: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 257: Ja off: -1 <l4_6>
v6_opt_23:
	 258: MovReg dst: r0 src: r4
	 259: AddImm dst: r0 imm: 8
	 260: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 261: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 262: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 263: AddImm dst: r1 imm: 1
	 264: LShImm dst: r1 imm: 3
	 265: AddReg dst: r4 src: r1
	 266: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 267: MovReg dst: r0 src: r4
	 268: AddImm dst: r0 imm: 8
	 269: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 270: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 271: SwapBE dst: r1 
	 272: AndImm dst: r1 imm: 65528
	 273: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 274: OrImm dst: r7 imm: 768
	 275: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 276: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 277: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 278: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 279: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 280: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 281: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 282: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 283: Ja off: -1 <l4_6>
v6_opt_27:
	 284: MovReg dst: r0 src: r4
	 285: AddImm dst: r0 imm: 8
	 286: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 287: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 288: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 289: AddImm dst: r1 imm: 1
	 290: LShImm dst: r1 imm: 3
	 291: AddReg dst: r4 src: r1
	 292: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 293: MovReg dst: r0 src: r4
	 294: AddImm dst: r0 imm: 8
	 295: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 296: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 297: SwapBE dst: r1 
	 298: AndImm dst: r1 imm: 65528
	 299: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 300: OrImm dst: r7 imm: 768
	 301: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 302: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 303: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 304: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 305: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 306: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 307: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 308: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 309: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 310: OrReg dst: r7 src: r5
	 311: MovImm dst: r8 imm: 0
	 312: StMemW dst: rfp src: r0 off: -120 imm: 0
	 313: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 314: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 315: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 316: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 317: Ja off: -1 <l4done_6>
tcp_6:
	 318: MovReg dst: r0 src: r4
	 319: AddImm dst: r0 imm: 20
	 320: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 321: Ja off: -1 <ports_6>
udp_6:
	 322: MovReg dst: r0 src: r4
	 323: AddImm dst: r0 imm: 8
	 324: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 325: Ja off: -1 <ports_6>
sctp_6:
	 326: MovReg dst: r0 src: r4
	 327: AddImm dst: r0 imm: 12
	 328: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 329: Ja off: -1 <ports_6>
ports_6:
	 330: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 331: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 332: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 333: SwapBE dst: r8 
	 334: Ja off: -1 <l4done_6>
l4done_6:
	 335: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 336: StMemB dst: rfp src: r0 off: -115 imm: 0
	 337: StMemB dst: rfp src: r0 off: -114 imm: 6
	 338: StMemB dst: rfp src: r0 off: -113 imm: 0
	 339: StMemW dst: rfp src: r0 off: -112 imm: 257
	 340: StMemB dst: rfp src: r0 off: -72 imm: 6
	 341: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 342: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_38>
	 343: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 344: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 345: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 346: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 347: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 348: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 349: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 350: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 351: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 352: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 353: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 354: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 355: StMemB dst: rfp src: r0 off: -115 imm: 0
	 356: Ja off: -1 <ct_ordered_37>
ct_swap_36:
	 357: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 358: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 359: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 360: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 361: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 362: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 363: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 364: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 365: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 366: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 367: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 368: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 369: StMemB dst: rfp src: r0 off: -115 imm: 1
	 370: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_37:
	 371: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 373: MovReg dst: r2 src: rfp
	 374: AddImm dst: r2 imm: -152
	 375: Call FnMapLookupElem
	 376: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 377: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 378: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 379: Ja off: -1 <ct_reply>
ct_miss_35:
	 380: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 381: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_38>
	 382: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 383: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 384: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 385: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 386: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 387: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 388: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 389: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 390: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 391: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 392: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 393: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_38:
	 394: StMemW dst: rfp src: r0 off: -80 imm: 0
	 395: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 396: StMemW dst: rfp src: r0 off: -76 imm: 3
	 397: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 399: MovReg dst: r2 src: rfp
	 400: AddImm dst: r2 imm: -76
	 401: Call FnMapLookupElem
	 402: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 403: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 404: AddImm dst: r1 imm: 1
	 405: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 406: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 407: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 408: AddReg dst: r2 src: r1
	 409: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 410: MovImm dst: r0 imm: 0
	 411: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 412: StMemW dst: rfp src: r0 off: -76 imm: 4
	 413: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 415: MovReg dst: r2 src: rfp
	 416: AddImm dst: r2 imm: -76
	 417: Call FnMapLookupElem
	 418: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 419: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 420: AddImm dst: r1 imm: 1
	 421: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 422: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 423: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 424: AddReg dst: r2 src: r1
	 425: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 426: MovImm dst: r0 imm: 0
	 427: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 428: MovImm dst: r8 imm: 0
	 429: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 430: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 431: XorReg dst: r8 src: r1
	 432: XorReg dst: r8 src: r1
	 433: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 434: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 436: MovReg dst: r2 src: rfp
	 437: AddImm dst: r2 imm: -76
	 438: Call FnMapLookupElem
	 439: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 440: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 441: AddImm dst: r1 imm: 1
	 442: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 443: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 444: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 445: AddReg dst: r2 src: r1
	 446: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 447: StMemW dst: rfp src: r0 off: -60 imm: 257
	 448: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 449: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 450: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 451: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 452: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 453: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 454: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 455: LShImm dst: r2 imm: 24
	 456: OrReg dst: r1 src: r2
	 457: OrImm dst: r1 imm: 256
	 458: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 459: StMemW dst: rfp src: r0 off: -44 imm: 0
	 460: StMemW dst: rfp src: r0 off: -40 imm: 0
	 461: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 462: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 463: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 464: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 465: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 466: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 467: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 468: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 469: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 470: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 471: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 472: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 473: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 474: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 475: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 476: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 477: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 479: MovReg dst: r2 src: rfp
	 480: AddImm dst: r2 imm: -64
	 481: MovImm dst: r3 imm: 60
	 482: MovImm dst: r4 imm: 0
	 483: Call FnRingbufOutput
	 484: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_42>
	 485: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 486: StMemH dst: rfp src: r0 off: -104 imm: 0
	 487: StMemB dst: rfp src: r0 off: -102 imm: 1
	 488: StMemB dst: rfp src: r0 off: -101 imm: 0
	 489: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 490: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_43>
	 491: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 492: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 493: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 494: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 495: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 496: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 497: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 498: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 499: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 500: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 501: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 502: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_43:
	 503: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 505: MovReg dst: r2 src: rfp
	 506: AddImm dst: r2 imm: -152
	 507: MovReg dst: r3 src: rfp
	 508: AddImm dst: r3 imm: -108
	 509: MovImm dst: r4 imm: 0
	 510: Call FnMapUpdateElem
ct_norecord_42:
	 511: MovImm dst: r0 imm: 0
	 512: Exit
malformed:
	    ; truncated or malformed header: drop
	 513: StMemW dst: rfp src: r0 off: -76 imm: 2
	 514: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 516: MovReg dst: r2 src: rfp
	 517: AddImm dst: r2 imm: -76
	 518: Call FnMapLookupElem
	 519: JEqImm dst: r0 off: -1 imm: 0 <count_done_44>
	 520: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 521: AddImm dst: r1 imm: 1
	 522: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 523: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 524: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 525: AddReg dst: r2 src: r1
	 526: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_44:
	 527: MovImm dst: r0 imm: 2
	 528: Exit

== subject-257 policy_egress (section tcx/ingress, enforced=true, 690 instructions)
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
	  49: StXMemW dst: rfp src: r5 off: -136 imm: 0
	  50: StMemW dst: rfp src: r0 off: -148 imm: 0
	  51: StMemW dst: rfp src: r0 off: -132 imm: 0
	  52: StMemW dst: rfp src: r0 off: -144 imm: 0
	  53: StMemW dst: rfp src: r0 off: -128 imm: 0
	  54: StMemW dst: rfp src: r0 off: -140 imm: 0
	  55: StMemW dst: rfp src: r0 off: -124 imm: 0
	  56: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	  57: AddReg dst: r4 src: r1
l4_4:
	    ; transport header (IPv4)
	  58: OrReg dst: r7 src: r5
	  59: MovImm dst: r8 imm: 0
	  60: StMemW dst: rfp src: r0 off: -120 imm: 0
	  61: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	  62: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	  63: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	  64: JEqImm dst: r5 off: -1 imm: 132 <sctp_4>
	  65: Ja off: -1 <l4done_4>
tcp_4:
	  66: MovReg dst: r0 src: r4
	  67: AddImm dst: r0 imm: 20
	  68: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  69: Ja off: -1 <ports_4>
udp_4:
	  70: MovReg dst: r0 src: r4
	  71: AddImm dst: r0 imm: 8
	  72: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  73: Ja off: -1 <ports_4>
sctp_4:
	  74: MovReg dst: r0 src: r4
	  75: AddImm dst: r0 imm: 12
	  76: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  77: Ja off: -1 <ports_4>
ports_4:
	  78: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  79: StXMemW dst: rfp src: r1 off: -120 imm: 0
	  80: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  81: SwapBE dst: r8 
	  82: Ja off: -1 <l4done_4>
l4done_4:
	  83: StXMemB dst: rfp src: r5 off: -116 imm: 0
	  84: StMemB dst: rfp src: r0 off: -115 imm: 1
	  85: StMemB dst: rfp src: r0 off: -114 imm: 4
	  86: StMemB dst: rfp src: r0 off: -113 imm: 0
	  87: StMemW dst: rfp src: r0 off: -112 imm: 257
	  88: StMemB dst: rfp src: r0 off: -72 imm: 4
	  89: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	  90: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	  91: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	  92: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	  93: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  94: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	  95: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	  96: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	  97: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  98: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	  99: StMemB dst: rfp src: r0 off: -115 imm: 0
	 100: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	 101: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 102: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	 103: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 104: StXMemW dst: rfp src: r1 off: -136 imm: 0
	 105: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 106: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 107: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 108: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 109: StMemB dst: rfp src: r0 off: -115 imm: 0
	 110: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	 111: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 113: MovReg dst: r2 src: rfp
	 114: AddImm dst: r2 imm: -152
	 115: Call FnMapLookupElem
	 116: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 117: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 118: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 119: Ja off: -1 <ct_reply>
ct_miss_3:
	 120: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 121: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	 122: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 123: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	 124: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 125: StXMemW dst: rfp src: r1 off: -136 imm: 0
	 126: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 127: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 128: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 129: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_6:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 130: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 132: MovReg dst: r2 src: rfp
	 133: AddImm dst: r2 imm: -136
	 134: Call FnMapLookupElem
	 135: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 136: StMemW dst: rfp src: r0 off: -100 imm: 32
	 137: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 138: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 139: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 141: MovReg dst: r2 src: rfp
	 142: AddImm dst: r2 imm: -100
	 143: Call FnMapLookupElem
	 144: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 145: StMemW dst: rfp src: r0 off: -80 imm: 9
	 146: Ja off: -1 <membership>
ipv6:
	    ; IPv6 header
	 147: MovReg dst: r0 src: r4
	 148: AddImm dst: r0 imm: 40
	 149: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 150: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 151: AndImm dst: r1 imm: 240
	 152: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 153: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 154: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 155: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 156: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 157: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 158: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 159: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 160: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 161: MovImm dst: r7 imm: 0
	 162: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 163: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 164: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 165: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 166: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 167: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 168: Ja off: -1 <l4_6>
v6_opt_7:
	 169: MovReg dst: r0 src: r4
	 170: AddImm dst: r0 imm: 8
	 171: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 172: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 173: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 174: AddImm dst: r1 imm: 1
	 175: LShImm dst: r1 imm: 3
	 176: AddReg dst: r4 src: r1
	 177: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 178: MovReg dst: r0 src: r4
	 179: AddImm dst: r0 imm: 8
	 180: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 181: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 182: SwapBE dst: r1 
	 183: AndImm dst: r1 imm: 65528
	 184: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 185: OrImm dst: r7 imm: 768
	 186: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 187: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 188: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 189: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 190: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 191: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 192: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 193: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 194: Ja off: -1 <l4_6>
v6_opt_11:
	 195: MovReg dst: r0 src: r4
	 196: AddImm dst: r0 imm: 8
	 197: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 198: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 199: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 200: AddImm dst: r1 imm: 1
	 201: LShImm dst: r1 imm: 3
	 202: AddReg dst: r4 src: r1
	 203: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 204: MovReg dst: r0 src: r4
	 205: AddImm dst: r0 imm: 8
	 206: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 207: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 208: SwapBE dst: r1 
	 209: AndImm dst: r1 imm: 65528
	 210: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 211: OrImm dst: r7 imm: 768
	 212: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 213: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 214: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 215: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 216: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 217: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 218: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 219: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 220: Ja off: -1 <l4_6>
v6_opt_15:
	 221: MovReg dst: r0 src: r4
	 222: AddImm dst: r0 imm: 8
	 223: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 224: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 225: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 226: AddImm dst: r1 imm: 1
	 227: LShImm dst: r1 imm: 3
	 228: AddReg dst: r4 src: r1
	 229: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 230: MovReg dst: r0 src: r4
	 231: AddImm dst: r0 imm: 8
	 232: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 233: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 234: SwapBE dst: r1 
	 235: AndImm dst: r1 imm: 65528
	 236: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 237: OrImm dst: r7 imm: 768
	 238: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 239: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 240: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 241: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 242: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 243: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 244: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 245: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 246: Ja off: -1 <l4_6>
v6_opt_19:
	 247: MovReg dst: r0 src: r4
	 248: AddImm dst: r0 imm: 8
	 249: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 250: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 251: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 252: AddImm dst: r1 imm: 1
	 253: LShImm dst: r1 imm: 3
	 254: AddReg dst: r4 src: r1
	 255: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 256: MovReg dst: r0 src: r4
	 257: AddImm dst: r0 imm: 8
	 258: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 259: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 260: SwapBE dst: r1 
	 261: AndImm dst: r1 imm: 65528
	 262: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 263: OrImm dst: r7 imm: 768
	 264: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 265: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 266: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 267: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 268: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 269: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 270: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 271: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 272: Ja off: -1 <l4_6>
v6_opt_23:
	 273: MovReg dst: r0 src: r4
	 274: AddImm dst: r0 imm: 8
	 275: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 276: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 277: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 278: AddImm dst: r1 imm: 1
	 279: LShImm dst: r1 imm: 3
	 280: AddReg dst: r4 src: r1
	 281: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 282: MovReg dst: r0 src: r4
	 283: AddImm dst: r0 imm: 8
	 284: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 285: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 286: SwapBE dst: r1 
	 287: AndImm dst: r1 imm: 65528
	 288: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 289: OrImm dst: r7 imm: 768
	 290: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 291: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 292: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 293: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 294: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 295: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 296: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 297: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 298: Ja off: -1 <l4_6>
v6_opt_27:
	 299: MovReg dst: r0 src: r4
	 300: AddImm dst: r0 imm: 8
	 301: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 302: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 303: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 304: AddImm dst: r1 imm: 1
	 305: LShImm dst: r1 imm: 3
	 306: AddReg dst: r4 src: r1
	 307: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 308: MovReg dst: r0 src: r4
	 309: AddImm dst: r0 imm: 8
	 310: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 311: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 312: SwapBE dst: r1 
	 313: AndImm dst: r1 imm: 65528
	 314: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 315: OrImm dst: r7 imm: 768
	 316: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 317: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 318: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 319: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 320: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 321: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 322: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 323: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 324: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 325: OrReg dst: r7 src: r5
	 326: MovImm dst: r8 imm: 0
	 327: StMemW dst: rfp src: r0 off: -120 imm: 0
	 328: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 329: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 330: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 331: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
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
sctp_6:
	 341: MovReg dst: r0 src: r4
	 342: AddImm dst: r0 imm: 12
	 343: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 344: Ja off: -1 <ports_6>
ports_6:
	 345: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 346: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 347: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 348: SwapBE dst: r8 
	 349: Ja off: -1 <l4done_6>
l4done_6:
	 350: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 351: StMemB dst: rfp src: r0 off: -115 imm: 1
	 352: StMemB dst: rfp src: r0 off: -114 imm: 6
	 353: StMemB dst: rfp src: r0 off: -113 imm: 0
	 354: StMemW dst: rfp src: r0 off: -112 imm: 257
	 355: StMemB dst: rfp src: r0 off: -72 imm: 6
	 356: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 357: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_38>
	 358: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 359: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 360: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 361: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 362: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 363: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 364: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 365: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 366: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 367: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 368: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 369: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 370: StMemB dst: rfp src: r0 off: -115 imm: 0
	 371: Ja off: -1 <ct_ordered_37>
ct_swap_36:
	 372: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 373: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 374: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 375: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 376: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 377: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 378: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 379: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 380: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 381: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 382: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 383: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 384: StMemB dst: rfp src: r0 off: -115 imm: 0
	 385: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_37:
	 386: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 388: MovReg dst: r2 src: rfp
	 389: AddImm dst: r2 imm: -152
	 390: Call FnMapLookupElem
	 391: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 392: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 393: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 394: Ja off: -1 <ct_reply>
ct_miss_35:
	 395: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 396: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_38>
	 397: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 398: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 399: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 400: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 401: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 402: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 403: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 404: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 405: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 406: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 407: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 408: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_38:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 409: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 411: MovReg dst: r2 src: rfp
	 412: AddImm dst: r2 imm: -136
	 413: Call FnMapLookupElem
	 414: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 415: StMemW dst: rfp src: r0 off: -100 imm: 128
	 416: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 417: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 418: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 419: StXMemW dst: rfp src: r1 off: -92 imm: 0
	 420: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 421: StXMemW dst: rfp src: r1 off: -88 imm: 0
	 422: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 423: StXMemW dst: rfp src: r1 off: -84 imm: 0
	 424: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 426: MovReg dst: r2 src: rfp
	 427: AddImm dst: r2 imm: -100
	 428: Call FnMapLookupElem
	 429: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 430: StMemW dst: rfp src: r0 off: -80 imm: 10
	 431: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 432: StMemW dst: rfp src: r0 off: -76 imm: 3
	 433: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 435: MovReg dst: r2 src: rfp
	 436: AddImm dst: r2 imm: -76
	 437: Call FnMapLookupElem
	 438: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 439: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 440: AddImm dst: r1 imm: 1
	 441: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 442: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 443: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 444: AddReg dst: r2 src: r1
	 445: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 446: MovImm dst: r0 imm: 0
	 447: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 448: StMemW dst: rfp src: r0 off: -76 imm: 4
	 449: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 451: MovReg dst: r2 src: rfp
	 452: AddImm dst: r2 imm: -76
	 453: Call FnMapLookupElem
	 454: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 455: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 456: AddImm dst: r1 imm: 1
	 457: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 458: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 459: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 460: AddReg dst: r2 src: r1
	 461: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 462: MovImm dst: r0 imm: 0
	 463: Exit
have_identity:
	 464: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 465: StXMemW dst: rfp src: r1 off: -80 imm: 0
membership:
	    ; selector membership of the peer identity
	 466: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 468: MovReg dst: r2 src: rfp
	 469: AddImm dst: r2 imm: -80
	 470: Call FnMapLookupElem
	 471: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 472: MovReg dst: r9 src: r0
	 473: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 474: StMemW dst: rfp src: r0 off: -76 imm: 6
	 475: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 477: MovReg dst: r2 src: rfp
	 478: AddImm dst: r2 imm: -76
	 479: Call FnMapLookupElem
	 480: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 481: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 482: AddImm dst: r1 imm: 1
	 483: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 484: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 485: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 486: AddReg dst: r2 src: r1
	 487: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 488: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 489: MovReg dst: r1 src: r7
	 490: AndImm dst: r1 imm: 511
	 491: JEqImm dst: r1 off: -1 imm: 17 <tree_17>
	 492: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 493: Ja off: -1 <class_0>
tree_17:
	    ; protocol 17: port compare tree over 4 intervals
	 494: JGEImm dst: r8 off: -1 imm: 10000 <ge_42>
	 495: JGEImm dst: r8 off: -1 imm: 1023 <ge_43>
	 496: Ja off: -1 <class_0>
ge_43:
	 497: Ja off: -1 <class_1>
ge_42:
	 498: JGEImm dst: r8 off: -1 imm: 10001 <ge_44>
	 499: Ja off: -1 <class_2>
ge_44:
	 500: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 2 intervals
	 501: JGEImm dst: r8 off: -1 imm: 80 <ge_45>
	 502: Ja off: -1 <class_3>
ge_45:
	 503: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order [13]
	 504: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 505: JSet32Imm dst: r1 off: -1 imm: 4 <c0_entry13_46>
	 506: Ja off: -1 <default>
c0_entry13_46:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 507: MovImm dst: r8 imm: 13
	 508: Ja off: -1 <verdict_deny>
class_1:
	    ; class 1: candidates in precedence order [13 11]
	 509: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 510: JSet32Imm dst: r1 off: -1 imm: 4 <c1_entry13_47>
	 511: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry11_48>
	 512: Ja off: -1 <default>
c1_entry13_47:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 513: MovImm dst: r8 imm: 13
	 514: Ja off: -1 <verdict_deny>
c1_entry11_48:
	    ; entry 11 allow peer={} proto=17 ports=1023-9999: ns/random random.yaml:11:3
	 515: MovImm dst: r8 imm: 11
	 516: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [13 10]
	 517: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 518: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry13_49>
	 519: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry10_50>
	 520: Ja off: -1 <default>
c2_entry13_49:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 521: MovImm dst: r8 imm: 13
	 522: Ja off: -1 <verdict_deny>
c2_entry10_50:
	    ; entry 10 allow peer={reserved.host=} proto=17 ports=10000-10000: ns/random random.yaml:10:3
	 523: MovImm dst: r8 imm: 10
	 524: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [13 12]
	 525: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 526: JSet32Imm dst: r1 off: -1 imm: 4 <c3_entry13_51>
	 527: JSet32Imm dst: r1 off: -1 imm: 16 <c3_entry12_52>
	 528: Ja off: -1 <default>
c3_entry13_51:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 529: MovImm dst: r8 imm: 13
	 530: Ja off: -1 <verdict_deny>
c3_entry12_52:
	    ; entry 12 allow peer={!any.env} proto=132 ports=0-79: ns/random random.yaml:12:3
	 531: MovImm dst: r8 imm: 12
	 532: Ja off: -1 <verdict_allow>
default:
	    ; no entry matches: deny (enforced=true)
	 533: MovImm dst: r8 imm: 0
	 534: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 535: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 536: XorReg dst: r8 src: r1
	 537: XorReg dst: r8 src: r1
	 538: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 539: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 541: MovReg dst: r2 src: rfp
	 542: AddImm dst: r2 imm: -76
	 543: Call FnMapLookupElem
	 544: JEqImm dst: r0 off: -1 imm: 0 <count_done_53>
	 545: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 546: AddImm dst: r1 imm: 1
	 547: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 548: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 549: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 550: AddReg dst: r2 src: r1
	 551: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_53:
	 552: StMemW dst: rfp src: r0 off: -64 imm: 257
	 553: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 554: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 555: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 556: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 557: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 558: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 559: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 560: LShImm dst: r2 imm: 24
	 561: OrReg dst: r1 src: r2
	 562: OrImm dst: r1 imm: 65536
	 563: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 564: StMemW dst: rfp src: r0 off: -44 imm: 0
	 565: StMemW dst: rfp src: r0 off: -40 imm: 0
	 566: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 567: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 568: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 569: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 570: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 571: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 572: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 573: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 574: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 575: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 576: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 577: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 578: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 579: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 580: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 581: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 582: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 584: MovReg dst: r2 src: rfp
	 585: AddImm dst: r2 imm: -64
	 586: MovImm dst: r3 imm: 60
	 587: MovImm dst: r4 imm: 0
	 588: Call FnRingbufOutput
	 589: MovImm dst: r0 imm: 2
	 590: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 591: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 592: XorReg dst: r8 src: r1
	 593: XorReg dst: r8 src: r1
	 594: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 595: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 597: MovReg dst: r2 src: rfp
	 598: AddImm dst: r2 imm: -76
	 599: Call FnMapLookupElem
	 600: JEqImm dst: r0 off: -1 imm: 0 <count_done_54>
	 601: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 602: AddImm dst: r1 imm: 1
	 603: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 604: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 605: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 606: AddReg dst: r2 src: r1
	 607: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_54:
	 608: StMemW dst: rfp src: r0 off: -64 imm: 257
	 609: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 610: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 611: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 612: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 613: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 614: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 615: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 616: LShImm dst: r2 imm: 24
	 617: OrReg dst: r1 src: r2
	 618: OrImm dst: r1 imm: 65792
	 619: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 620: StMemW dst: rfp src: r0 off: -44 imm: 0
	 621: StMemW dst: rfp src: r0 off: -40 imm: 0
	 622: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 623: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 624: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 625: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 626: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 627: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 628: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 629: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 630: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 631: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 632: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 633: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 634: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 635: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 636: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 637: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 638: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 640: MovReg dst: r2 src: rfp
	 641: AddImm dst: r2 imm: -64
	 642: MovImm dst: r3 imm: 60
	 643: MovImm dst: r4 imm: 0
	 644: Call FnRingbufOutput
	 645: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_55>
	 646: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 647: StMemH dst: rfp src: r0 off: -104 imm: 0
	 648: StMemB dst: rfp src: r0 off: -102 imm: 1
	 649: StMemB dst: rfp src: r0 off: -101 imm: 1
	 650: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 651: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_56>
	 652: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 653: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 654: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 655: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 656: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 657: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 658: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 659: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 660: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 661: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 662: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 663: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_56:
	 664: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 666: MovReg dst: r2 src: rfp
	 667: AddImm dst: r2 imm: -152
	 668: MovReg dst: r3 src: rfp
	 669: AddImm dst: r3 imm: -108
	 670: MovImm dst: r4 imm: 0
	 671: Call FnMapUpdateElem
ct_norecord_55:
	 672: MovImm dst: r0 imm: 0
	 673: Exit
malformed:
	    ; truncated or malformed header: drop
	 674: StMemW dst: rfp src: r0 off: -76 imm: 2
	 675: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 677: MovReg dst: r2 src: rfp
	 678: AddImm dst: r2 imm: -76
	 679: Call FnMapLookupElem
	 680: JEqImm dst: r0 off: -1 imm: 0 <count_done_57>
	 681: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 682: AddImm dst: r1 imm: 1
	 683: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 684: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 685: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 686: AddReg dst: r2 src: r1
	 687: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_57:
	 688: MovImm dst: r0 imm: 2
	 689: Exit

== subject-258 policy_ingress (section tcx/egress, enforced=false, 519 instructions)
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
	  49: StXMemW dst: rfp src: r5 off: -136 imm: 0
	  50: StMemW dst: rfp src: r0 off: -148 imm: 0
	  51: StMemW dst: rfp src: r0 off: -132 imm: 0
	  52: StMemW dst: rfp src: r0 off: -144 imm: 0
	  53: StMemW dst: rfp src: r0 off: -128 imm: 0
	  54: StMemW dst: rfp src: r0 off: -140 imm: 0
	  55: StMemW dst: rfp src: r0 off: -124 imm: 0
	  56: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	  57: AddReg dst: r4 src: r1
l4_4:
	    ; transport header (IPv4)
	  58: OrReg dst: r7 src: r5
	  59: MovImm dst: r8 imm: 0
	  60: StMemW dst: rfp src: r0 off: -120 imm: 0
	  61: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	  62: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	  63: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	  64: Ja off: -1 <l4done_4>
tcp_4:
	  65: MovReg dst: r0 src: r4
	  66: AddImm dst: r0 imm: 20
	  67: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  68: Ja off: -1 <ports_4>
udp_4:
	  69: MovReg dst: r0 src: r4
	  70: AddImm dst: r0 imm: 8
	  71: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  72: Ja off: -1 <ports_4>
ports_4:
	  73: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  74: StXMemW dst: rfp src: r1 off: -120 imm: 0
	  75: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  76: SwapBE dst: r8 
	  77: Ja off: -1 <l4done_4>
l4done_4:
	  78: StXMemB dst: rfp src: r5 off: -116 imm: 0
	  79: StMemB dst: rfp src: r0 off: -115 imm: 0
	  80: StMemB dst: rfp src: r0 off: -114 imm: 4
	  81: StMemB dst: rfp src: r0 off: -113 imm: 0
	  82: StMemW dst: rfp src: r0 off: -112 imm: 258
	  83: StMemB dst: rfp src: r0 off: -72 imm: 4
	  84: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	  85: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	  86: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	  87: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	  88: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  89: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	  90: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	  91: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	  92: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  93: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	  94: StMemB dst: rfp src: r0 off: -115 imm: 0
	  95: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	  96: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	  97: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	  98: StXMemW dst: rfp src: r2 off: -152 imm: 0
	  99: StXMemW dst: rfp src: r1 off: -136 imm: 0
	 100: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 101: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 102: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 103: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 104: StMemB dst: rfp src: r0 off: -115 imm: 1
	 105: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	 106: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 108: MovReg dst: r2 src: rfp
	 109: AddImm dst: r2 imm: -152
	 110: Call FnMapLookupElem
	 111: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 112: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 113: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 114: Ja off: -1 <ct_reply>
ct_miss_3:
	 115: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 116: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	 117: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 118: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	 119: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 120: StXMemW dst: rfp src: r1 off: -136 imm: 0
	 121: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 122: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 123: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 124: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_6:
	 125: StMemW dst: rfp src: r0 off: -80 imm: 0
	 126: Ja off: -1 <default>
ipv6:
	    ; IPv6 header
	 127: MovReg dst: r0 src: r4
	 128: AddImm dst: r0 imm: 40
	 129: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 130: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 131: AndImm dst: r1 imm: 240
	 132: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 133: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 134: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 135: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 136: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 137: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 138: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 139: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 140: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 141: MovImm dst: r7 imm: 0
	 142: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 143: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 144: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 145: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 146: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 147: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 148: Ja off: -1 <l4_6>
v6_opt_7:
	 149: MovReg dst: r0 src: r4
	 150: AddImm dst: r0 imm: 8
	 151: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 152: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 153: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 154: AddImm dst: r1 imm: 1
	 155: LShImm dst: r1 imm: 3
	 156: AddReg dst: r4 src: r1
	 157: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 158: MovReg dst: r0 src: r4
	 159: AddImm dst: r0 imm: 8
	 160: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 161: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 162: SwapBE dst: r1 
	 163: AndImm dst: r1 imm: 65528
	 164: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 165: OrImm dst: r7 imm: 768
	 166: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 167: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 168: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 169: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 170: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 171: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 172: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 173: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 174: Ja off: -1 <l4_6>
v6_opt_11:
	 175: MovReg dst: r0 src: r4
	 176: AddImm dst: r0 imm: 8
	 177: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 178: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 179: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 180: AddImm dst: r1 imm: 1
	 181: LShImm dst: r1 imm: 3
	 182: AddReg dst: r4 src: r1
	 183: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 184: MovReg dst: r0 src: r4
	 185: AddImm dst: r0 imm: 8
	 186: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 187: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 188: SwapBE dst: r1 
	 189: AndImm dst: r1 imm: 65528
	 190: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 191: OrImm dst: r7 imm: 768
	 192: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 193: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 194: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 195: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 196: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 197: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 198: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 199: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 200: Ja off: -1 <l4_6>
v6_opt_15:
	 201: MovReg dst: r0 src: r4
	 202: AddImm dst: r0 imm: 8
	 203: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 204: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 205: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 206: AddImm dst: r1 imm: 1
	 207: LShImm dst: r1 imm: 3
	 208: AddReg dst: r4 src: r1
	 209: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 210: MovReg dst: r0 src: r4
	 211: AddImm dst: r0 imm: 8
	 212: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 213: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 214: SwapBE dst: r1 
	 215: AndImm dst: r1 imm: 65528
	 216: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 217: OrImm dst: r7 imm: 768
	 218: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 219: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 220: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 221: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 222: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 223: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 224: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 225: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 226: Ja off: -1 <l4_6>
v6_opt_19:
	 227: MovReg dst: r0 src: r4
	 228: AddImm dst: r0 imm: 8
	 229: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 230: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 231: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 232: AddImm dst: r1 imm: 1
	 233: LShImm dst: r1 imm: 3
	 234: AddReg dst: r4 src: r1
	 235: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 236: MovReg dst: r0 src: r4
	 237: AddImm dst: r0 imm: 8
	 238: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 239: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 240: SwapBE dst: r1 
	 241: AndImm dst: r1 imm: 65528
	 242: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 243: OrImm dst: r7 imm: 768
	 244: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 245: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 246: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 247: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 248: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 249: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 250: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 251: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 252: Ja off: -1 <l4_6>
v6_opt_23:
	 253: MovReg dst: r0 src: r4
	 254: AddImm dst: r0 imm: 8
	 255: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 256: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 257: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 258: AddImm dst: r1 imm: 1
	 259: LShImm dst: r1 imm: 3
	 260: AddReg dst: r4 src: r1
	 261: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 262: MovReg dst: r0 src: r4
	 263: AddImm dst: r0 imm: 8
	 264: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 265: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 266: SwapBE dst: r1 
	 267: AndImm dst: r1 imm: 65528
	 268: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 269: OrImm dst: r7 imm: 768
	 270: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 271: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 272: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 273: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 274: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 275: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 276: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 277: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 278: Ja off: -1 <l4_6>
v6_opt_27:
	 279: MovReg dst: r0 src: r4
	 280: AddImm dst: r0 imm: 8
	 281: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 282: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 283: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 284: AddImm dst: r1 imm: 1
	 285: LShImm dst: r1 imm: 3
	 286: AddReg dst: r4 src: r1
	 287: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 288: MovReg dst: r0 src: r4
	 289: AddImm dst: r0 imm: 8
	 290: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 291: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 292: SwapBE dst: r1 
	 293: AndImm dst: r1 imm: 65528
	 294: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 295: OrImm dst: r7 imm: 768
	 296: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 297: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 298: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 299: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 300: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 301: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 302: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 303: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 304: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 305: OrReg dst: r7 src: r5
	 306: MovImm dst: r8 imm: 0
	 307: StMemW dst: rfp src: r0 off: -120 imm: 0
	 308: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 309: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 310: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 311: Ja off: -1 <l4done_6>
tcp_6:
	 312: MovReg dst: r0 src: r4
	 313: AddImm dst: r0 imm: 20
	 314: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 315: Ja off: -1 <ports_6>
udp_6:
	 316: MovReg dst: r0 src: r4
	 317: AddImm dst: r0 imm: 8
	 318: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 319: Ja off: -1 <ports_6>
ports_6:
	 320: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 321: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 322: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 323: SwapBE dst: r8 
	 324: Ja off: -1 <l4done_6>
l4done_6:
	 325: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 326: StMemB dst: rfp src: r0 off: -115 imm: 0
	 327: StMemB dst: rfp src: r0 off: -114 imm: 6
	 328: StMemB dst: rfp src: r0 off: -113 imm: 0
	 329: StMemW dst: rfp src: r0 off: -112 imm: 258
	 330: StMemB dst: rfp src: r0 off: -72 imm: 6
	 331: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 332: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_38>
	 333: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 334: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 335: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 336: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 337: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 338: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 339: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 340: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 341: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 342: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 343: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 344: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 345: StMemB dst: rfp src: r0 off: -115 imm: 0
	 346: Ja off: -1 <ct_ordered_37>
ct_swap_36:
	 347: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 348: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 349: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 350: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 351: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 352: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 353: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 354: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 355: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 356: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 357: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 358: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 359: StMemB dst: rfp src: r0 off: -115 imm: 1
	 360: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_37:
	 361: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 363: MovReg dst: r2 src: rfp
	 364: AddImm dst: r2 imm: -152
	 365: Call FnMapLookupElem
	 366: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 367: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 368: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 369: Ja off: -1 <ct_reply>
ct_miss_35:
	 370: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 371: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_38>
	 372: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 373: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 374: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 375: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 376: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 377: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 378: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 379: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 380: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 381: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 382: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 383: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_38:
	 384: StMemW dst: rfp src: r0 off: -80 imm: 0
	 385: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 386: StMemW dst: rfp src: r0 off: -76 imm: 3
	 387: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 389: MovReg dst: r2 src: rfp
	 390: AddImm dst: r2 imm: -76
	 391: Call FnMapLookupElem
	 392: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 393: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 394: AddImm dst: r1 imm: 1
	 395: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 396: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 397: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 398: AddReg dst: r2 src: r1
	 399: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 400: MovImm dst: r0 imm: 0
	 401: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 402: StMemW dst: rfp src: r0 off: -76 imm: 4
	 403: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 405: MovReg dst: r2 src: rfp
	 406: AddImm dst: r2 imm: -76
	 407: Call FnMapLookupElem
	 408: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 409: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 410: AddImm dst: r1 imm: 1
	 411: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 412: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 413: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 414: AddReg dst: r2 src: r1
	 415: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 416: MovImm dst: r0 imm: 0
	 417: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 418: MovImm dst: r8 imm: 0
	 419: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 420: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 421: XorReg dst: r8 src: r1
	 422: XorReg dst: r8 src: r1
	 423: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 424: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 426: MovReg dst: r2 src: rfp
	 427: AddImm dst: r2 imm: -76
	 428: Call FnMapLookupElem
	 429: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 430: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 431: AddImm dst: r1 imm: 1
	 432: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 433: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 434: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 435: AddReg dst: r2 src: r1
	 436: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 437: StMemW dst: rfp src: r0 off: -60 imm: 258
	 438: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 439: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 440: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 441: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 442: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 443: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 444: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 445: LShImm dst: r2 imm: 24
	 446: OrReg dst: r1 src: r2
	 447: OrImm dst: r1 imm: 256
	 448: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 449: StMemW dst: rfp src: r0 off: -44 imm: 0
	 450: StMemW dst: rfp src: r0 off: -40 imm: 0
	 451: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 452: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 453: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 454: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 455: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 456: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 457: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 458: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 459: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 460: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 461: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 462: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 463: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 464: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 465: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 466: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 467: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 469: MovReg dst: r2 src: rfp
	 470: AddImm dst: r2 imm: -64
	 471: MovImm dst: r3 imm: 60
	 472: MovImm dst: r4 imm: 0
	 473: Call FnRingbufOutput
	 474: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_42>
	 475: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 476: StMemH dst: rfp src: r0 off: -104 imm: 0
	 477: StMemB dst: rfp src: r0 off: -102 imm: 1
	 478: StMemB dst: rfp src: r0 off: -101 imm: 0
	 479: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 480: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_43>
	 481: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 482: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 483: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 484: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 485: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 486: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 487: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 488: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 489: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 490: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 491: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 492: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_43:
	 493: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 495: MovReg dst: r2 src: rfp
	 496: AddImm dst: r2 imm: -152
	 497: MovReg dst: r3 src: rfp
	 498: AddImm dst: r3 imm: -108
	 499: MovImm dst: r4 imm: 0
	 500: Call FnMapUpdateElem
ct_norecord_42:
	 501: MovImm dst: r0 imm: 0
	 502: Exit
malformed:
	    ; truncated or malformed header: drop
	 503: StMemW dst: rfp src: r0 off: -76 imm: 2
	 504: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 506: MovReg dst: r2 src: rfp
	 507: AddImm dst: r2 imm: -76
	 508: Call FnMapLookupElem
	 509: JEqImm dst: r0 off: -1 imm: 0 <count_done_44>
	 510: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 511: AddImm dst: r1 imm: 1
	 512: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 513: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 514: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 515: AddReg dst: r2 src: r1
	 516: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_44:
	 517: MovImm dst: r0 imm: 2
	 518: Exit

== subject-258 policy_egress (section tcx/ingress, enforced=false, 519 instructions)
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
	  49: StXMemW dst: rfp src: r5 off: -136 imm: 0
	  50: StMemW dst: rfp src: r0 off: -148 imm: 0
	  51: StMemW dst: rfp src: r0 off: -132 imm: 0
	  52: StMemW dst: rfp src: r0 off: -144 imm: 0
	  53: StMemW dst: rfp src: r0 off: -128 imm: 0
	  54: StMemW dst: rfp src: r0 off: -140 imm: 0
	  55: StMemW dst: rfp src: r0 off: -124 imm: 0
	  56: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	  57: AddReg dst: r4 src: r1
l4_4:
	    ; transport header (IPv4)
	  58: OrReg dst: r7 src: r5
	  59: MovImm dst: r8 imm: 0
	  60: StMemW dst: rfp src: r0 off: -120 imm: 0
	  61: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	  62: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	  63: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	  64: Ja off: -1 <l4done_4>
tcp_4:
	  65: MovReg dst: r0 src: r4
	  66: AddImm dst: r0 imm: 20
	  67: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  68: Ja off: -1 <ports_4>
udp_4:
	  69: MovReg dst: r0 src: r4
	  70: AddImm dst: r0 imm: 8
	  71: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  72: Ja off: -1 <ports_4>
ports_4:
	  73: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  74: StXMemW dst: rfp src: r1 off: -120 imm: 0
	  75: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  76: SwapBE dst: r8 
	  77: Ja off: -1 <l4done_4>
l4done_4:
	  78: StXMemB dst: rfp src: r5 off: -116 imm: 0
	  79: StMemB dst: rfp src: r0 off: -115 imm: 1
	  80: StMemB dst: rfp src: r0 off: -114 imm: 4
	  81: StMemB dst: rfp src: r0 off: -113 imm: 0
	  82: StMemW dst: rfp src: r0 off: -112 imm: 258
	  83: StMemB dst: rfp src: r0 off: -72 imm: 4
	  84: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	  85: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	  86: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	  87: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	  88: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  89: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	  90: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	  91: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	  92: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  93: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	  94: StMemB dst: rfp src: r0 off: -115 imm: 0
	  95: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	  96: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	  97: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	  98: StXMemW dst: rfp src: r2 off: -152 imm: 0
	  99: StXMemW dst: rfp src: r1 off: -136 imm: 0
	 100: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 101: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 102: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 103: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 104: StMemB dst: rfp src: r0 off: -115 imm: 0
	 105: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	 106: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 108: MovReg dst: r2 src: rfp
	 109: AddImm dst: r2 imm: -152
	 110: Call FnMapLookupElem
	 111: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 112: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 113: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 114: Ja off: -1 <ct_reply>
ct_miss_3:
	 115: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 116: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	 117: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 118: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	 119: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 120: StXMemW dst: rfp src: r1 off: -136 imm: 0
	 121: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 122: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 123: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 124: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_6:
	 125: StMemW dst: rfp src: r0 off: -80 imm: 0
	 126: Ja off: -1 <default>
ipv6:
	    ; IPv6 header
	 127: MovReg dst: r0 src: r4
	 128: AddImm dst: r0 imm: 40
	 129: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 130: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 131: AndImm dst: r1 imm: 240
	 132: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 133: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 134: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 135: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 136: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 137: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 138: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 139: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 140: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 141: MovImm dst: r7 imm: 0
	 142: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 143: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 144: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 145: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 146: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 147: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 148: Ja off: -1 <l4_6>
v6_opt_7:
	 149: MovReg dst: r0 src: r4
	 150: AddImm dst: r0 imm: 8
	 151: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 152: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 153: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 154: AddImm dst: r1 imm: 1
	 155: LShImm dst: r1 imm: 3
	 156: AddReg dst: r4 src: r1
	 157: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 158: MovReg dst: r0 src: r4
	 159: AddImm dst: r0 imm: 8
	 160: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 161: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 162: SwapBE dst: r1 
	 163: AndImm dst: r1 imm: 65528
	 164: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 165: OrImm dst: r7 imm: 768
	 166: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 167: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 168: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 169: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 170: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 171: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 172: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 173: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 174: Ja off: -1 <l4_6>
v6_opt_11:
	 175: MovReg dst: r0 src: r4
	 176: AddImm dst: r0 imm: 8
	 177: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 178: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 179: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 180: AddImm dst: r1 imm: 1
	 181: LShImm dst: r1 imm: 3
	 182: AddReg dst: r4 src: r1
	 183: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 184: MovReg dst: r0 src: r4
	 185: AddImm dst: r0 imm: 8
	 186: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 187: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 188: SwapBE dst: r1 
	 189: AndImm dst: r1 imm: 65528
	 190: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 191: OrImm dst: r7 imm: 768
	 192: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 193: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 194: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 195: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 196: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 197: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 198: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 199: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 200: Ja off: -1 <l4_6>
v6_opt_15:
	 201: MovReg dst: r0 src: r4
	 202: AddImm dst: r0 imm: 8
	 203: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 204: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 205: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 206: AddImm dst: r1 imm: 1
	 207: LShImm dst: r1 imm: 3
	 208: AddReg dst: r4 src: r1
	 209: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 210: MovReg dst: r0 src: r4
	 211: AddImm dst: r0 imm: 8
	 212: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 213: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 214: SwapBE dst: r1 
	 215: AndImm dst: r1 imm: 65528
	 216: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 217: OrImm dst: r7 imm: 768
	 218: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 219: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 220: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 221: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 222: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 223: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 224: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 225: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 226: Ja off: -1 <l4_6>
v6_opt_19:
	 227: MovReg dst: r0 src: r4
	 228: AddImm dst: r0 imm: 8
	 229: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 230: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 231: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 232: AddImm dst: r1 imm: 1
	 233: LShImm dst: r1 imm: 3
	 234: AddReg dst: r4 src: r1
	 235: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 236: MovReg dst: r0 src: r4
	 237: AddImm dst: r0 imm: 8
	 238: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 239: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 240: SwapBE dst: r1 
	 241: AndImm dst: r1 imm: 65528
	 242: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 243: OrImm dst: r7 imm: 768
	 244: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 245: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 246: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 247: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 248: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 249: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 250: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 251: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 252: Ja off: -1 <l4_6>
v6_opt_23:
	 253: MovReg dst: r0 src: r4
	 254: AddImm dst: r0 imm: 8
	 255: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 256: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 257: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 258: AddImm dst: r1 imm: 1
	 259: LShImm dst: r1 imm: 3
	 260: AddReg dst: r4 src: r1
	 261: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 262: MovReg dst: r0 src: r4
	 263: AddImm dst: r0 imm: 8
	 264: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 265: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 266: SwapBE dst: r1 
	 267: AndImm dst: r1 imm: 65528
	 268: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 269: OrImm dst: r7 imm: 768
	 270: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 271: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 272: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 273: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 274: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 275: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 276: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 277: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 278: Ja off: -1 <l4_6>
v6_opt_27:
	 279: MovReg dst: r0 src: r4
	 280: AddImm dst: r0 imm: 8
	 281: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 282: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 283: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 284: AddImm dst: r1 imm: 1
	 285: LShImm dst: r1 imm: 3
	 286: AddReg dst: r4 src: r1
	 287: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 288: MovReg dst: r0 src: r4
	 289: AddImm dst: r0 imm: 8
	 290: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 291: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 292: SwapBE dst: r1 
	 293: AndImm dst: r1 imm: 65528
	 294: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 295: OrImm dst: r7 imm: 768
	 296: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 297: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 298: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 299: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 300: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 301: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 302: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 303: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 304: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 305: OrReg dst: r7 src: r5
	 306: MovImm dst: r8 imm: 0
	 307: StMemW dst: rfp src: r0 off: -120 imm: 0
	 308: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 309: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 310: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 311: Ja off: -1 <l4done_6>
tcp_6:
	 312: MovReg dst: r0 src: r4
	 313: AddImm dst: r0 imm: 20
	 314: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 315: Ja off: -1 <ports_6>
udp_6:
	 316: MovReg dst: r0 src: r4
	 317: AddImm dst: r0 imm: 8
	 318: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 319: Ja off: -1 <ports_6>
ports_6:
	 320: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 321: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 322: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 323: SwapBE dst: r8 
	 324: Ja off: -1 <l4done_6>
l4done_6:
	 325: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 326: StMemB dst: rfp src: r0 off: -115 imm: 1
	 327: StMemB dst: rfp src: r0 off: -114 imm: 6
	 328: StMemB dst: rfp src: r0 off: -113 imm: 0
	 329: StMemW dst: rfp src: r0 off: -112 imm: 258
	 330: StMemB dst: rfp src: r0 off: -72 imm: 6
	 331: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 332: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_38>
	 333: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 334: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 335: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 336: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 337: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 338: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 339: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 340: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 341: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 342: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 343: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 344: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 345: StMemB dst: rfp src: r0 off: -115 imm: 0
	 346: Ja off: -1 <ct_ordered_37>
ct_swap_36:
	 347: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 348: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 349: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 350: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 351: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 352: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 353: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 354: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 355: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 356: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 357: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 358: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 359: StMemB dst: rfp src: r0 off: -115 imm: 0
	 360: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_37:
	 361: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 363: MovReg dst: r2 src: rfp
	 364: AddImm dst: r2 imm: -152
	 365: Call FnMapLookupElem
	 366: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 367: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 368: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 369: Ja off: -1 <ct_reply>
ct_miss_35:
	 370: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 371: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_38>
	 372: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 373: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 374: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 375: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 376: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 377: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 378: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 379: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 380: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 381: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 382: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 383: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_38:
	 384: StMemW dst: rfp src: r0 off: -80 imm: 0
	 385: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 386: StMemW dst: rfp src: r0 off: -76 imm: 3
	 387: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 389: MovReg dst: r2 src: rfp
	 390: AddImm dst: r2 imm: -76
	 391: Call FnMapLookupElem
	 392: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 393: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 394: AddImm dst: r1 imm: 1
	 395: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 396: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 397: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 398: AddReg dst: r2 src: r1
	 399: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 400: MovImm dst: r0 imm: 0
	 401: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 402: StMemW dst: rfp src: r0 off: -76 imm: 4
	 403: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 405: MovReg dst: r2 src: rfp
	 406: AddImm dst: r2 imm: -76
	 407: Call FnMapLookupElem
	 408: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 409: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 410: AddImm dst: r1 imm: 1
	 411: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 412: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 413: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 414: AddReg dst: r2 src: r1
	 415: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 416: MovImm dst: r0 imm: 0
	 417: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 418: MovImm dst: r8 imm: 0
	 419: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 420: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 421: XorReg dst: r8 src: r1
	 422: XorReg dst: r8 src: r1
	 423: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 424: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 426: MovReg dst: r2 src: rfp
	 427: AddImm dst: r2 imm: -76
	 428: Call FnMapLookupElem
	 429: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 430: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 431: AddImm dst: r1 imm: 1
	 432: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 433: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 434: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 435: AddReg dst: r2 src: r1
	 436: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 437: StMemW dst: rfp src: r0 off: -64 imm: 258
	 438: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 439: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 440: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 441: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 442: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 443: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 444: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 445: LShImm dst: r2 imm: 24
	 446: OrReg dst: r1 src: r2
	 447: OrImm dst: r1 imm: 65792
	 448: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 449: StMemW dst: rfp src: r0 off: -44 imm: 0
	 450: StMemW dst: rfp src: r0 off: -40 imm: 0
	 451: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 452: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 453: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 454: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 455: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 456: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 457: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 458: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 459: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 460: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 461: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 462: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 463: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 464: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 465: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 466: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 467: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 469: MovReg dst: r2 src: rfp
	 470: AddImm dst: r2 imm: -64
	 471: MovImm dst: r3 imm: 60
	 472: MovImm dst: r4 imm: 0
	 473: Call FnRingbufOutput
	 474: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_42>
	 475: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 476: StMemH dst: rfp src: r0 off: -104 imm: 0
	 477: StMemB dst: rfp src: r0 off: -102 imm: 1
	 478: StMemB dst: rfp src: r0 off: -101 imm: 1
	 479: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 480: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_43>
	 481: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 482: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 483: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 484: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 485: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 486: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 487: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 488: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 489: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 490: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 491: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 492: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_43:
	 493: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 495: MovReg dst: r2 src: rfp
	 496: AddImm dst: r2 imm: -152
	 497: MovReg dst: r3 src: rfp
	 498: AddImm dst: r3 imm: -108
	 499: MovImm dst: r4 imm: 0
	 500: Call FnMapUpdateElem
ct_norecord_42:
	 501: MovImm dst: r0 imm: 0
	 502: Exit
malformed:
	    ; truncated or malformed header: drop
	 503: StMemW dst: rfp src: r0 off: -76 imm: 2
	 504: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 506: MovReg dst: r2 src: rfp
	 507: AddImm dst: r2 imm: -76
	 508: Call FnMapLookupElem
	 509: JEqImm dst: r0 off: -1 imm: 0 <count_done_44>
	 510: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 511: AddImm dst: r1 imm: 1
	 512: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 513: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 514: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 515: AddReg dst: r2 src: r1
	 516: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_44:
	 517: MovImm dst: r0 imm: 2
	 518: Exit

== subject-259 policy_ingress (section tcx/egress, enforced=false, 519 instructions)
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
	  49: StXMemW dst: rfp src: r5 off: -136 imm: 0
	  50: StMemW dst: rfp src: r0 off: -148 imm: 0
	  51: StMemW dst: rfp src: r0 off: -132 imm: 0
	  52: StMemW dst: rfp src: r0 off: -144 imm: 0
	  53: StMemW dst: rfp src: r0 off: -128 imm: 0
	  54: StMemW dst: rfp src: r0 off: -140 imm: 0
	  55: StMemW dst: rfp src: r0 off: -124 imm: 0
	  56: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	  57: AddReg dst: r4 src: r1
l4_4:
	    ; transport header (IPv4)
	  58: OrReg dst: r7 src: r5
	  59: MovImm dst: r8 imm: 0
	  60: StMemW dst: rfp src: r0 off: -120 imm: 0
	  61: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	  62: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	  63: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	  64: Ja off: -1 <l4done_4>
tcp_4:
	  65: MovReg dst: r0 src: r4
	  66: AddImm dst: r0 imm: 20
	  67: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  68: Ja off: -1 <ports_4>
udp_4:
	  69: MovReg dst: r0 src: r4
	  70: AddImm dst: r0 imm: 8
	  71: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  72: Ja off: -1 <ports_4>
ports_4:
	  73: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  74: StXMemW dst: rfp src: r1 off: -120 imm: 0
	  75: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  76: SwapBE dst: r8 
	  77: Ja off: -1 <l4done_4>
l4done_4:
	  78: StXMemB dst: rfp src: r5 off: -116 imm: 0
	  79: StMemB dst: rfp src: r0 off: -115 imm: 0
	  80: StMemB dst: rfp src: r0 off: -114 imm: 4
	  81: StMemB dst: rfp src: r0 off: -113 imm: 0
	  82: StMemW dst: rfp src: r0 off: -112 imm: 259
	  83: StMemB dst: rfp src: r0 off: -72 imm: 4
	  84: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	  85: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	  86: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	  87: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	  88: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  89: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	  90: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	  91: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	  92: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  93: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	  94: StMemB dst: rfp src: r0 off: -115 imm: 0
	  95: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	  96: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	  97: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	  98: StXMemW dst: rfp src: r2 off: -152 imm: 0
	  99: StXMemW dst: rfp src: r1 off: -136 imm: 0
	 100: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 101: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 102: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 103: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 104: StMemB dst: rfp src: r0 off: -115 imm: 1
	 105: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	 106: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 108: MovReg dst: r2 src: rfp
	 109: AddImm dst: r2 imm: -152
	 110: Call FnMapLookupElem
	 111: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 112: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 113: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 114: Ja off: -1 <ct_reply>
ct_miss_3:
	 115: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 116: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	 117: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 118: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	 119: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 120: StXMemW dst: rfp src: r1 off: -136 imm: 0
	 121: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 122: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 123: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 124: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_6:
	 125: StMemW dst: rfp src: r0 off: -80 imm: 0
	 126: Ja off: -1 <default>
ipv6:
	    ; IPv6 header
	 127: MovReg dst: r0 src: r4
	 128: AddImm dst: r0 imm: 40
	 129: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 130: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 131: AndImm dst: r1 imm: 240
	 132: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 133: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 134: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 135: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 136: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 137: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 138: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 139: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 140: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 141: MovImm dst: r7 imm: 0
	 142: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 143: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 144: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 145: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 146: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 147: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 148: Ja off: -1 <l4_6>
v6_opt_7:
	 149: MovReg dst: r0 src: r4
	 150: AddImm dst: r0 imm: 8
	 151: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 152: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 153: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 154: AddImm dst: r1 imm: 1
	 155: LShImm dst: r1 imm: 3
	 156: AddReg dst: r4 src: r1
	 157: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 158: MovReg dst: r0 src: r4
	 159: AddImm dst: r0 imm: 8
	 160: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 161: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 162: SwapBE dst: r1 
	 163: AndImm dst: r1 imm: 65528
	 164: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 165: OrImm dst: r7 imm: 768
	 166: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 167: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 168: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 169: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 170: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 171: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 172: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 173: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 174: Ja off: -1 <l4_6>
v6_opt_11:
	 175: MovReg dst: r0 src: r4
	 176: AddImm dst: r0 imm: 8
	 177: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 178: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 179: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 180: AddImm dst: r1 imm: 1
	 181: LShImm dst: r1 imm: 3
	 182: AddReg dst: r4 src: r1
	 183: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 184: MovReg dst: r0 src: r4
	 185: AddImm dst: r0 imm: 8
	 186: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 187: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 188: SwapBE dst: r1 
	 189: AndImm dst: r1 imm: 65528
	 190: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 191: OrImm dst: r7 imm: 768
	 192: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 193: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 194: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 195: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 196: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 197: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 198: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 199: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 200: Ja off: -1 <l4_6>
v6_opt_15:
	 201: MovReg dst: r0 src: r4
	 202: AddImm dst: r0 imm: 8
	 203: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 204: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 205: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 206: AddImm dst: r1 imm: 1
	 207: LShImm dst: r1 imm: 3
	 208: AddReg dst: r4 src: r1
	 209: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 210: MovReg dst: r0 src: r4
	 211: AddImm dst: r0 imm: 8
	 212: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 213: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 214: SwapBE dst: r1 
	 215: AndImm dst: r1 imm: 65528
	 216: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 217: OrImm dst: r7 imm: 768
	 218: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 219: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 220: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 221: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 222: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 223: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 224: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 225: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 226: Ja off: -1 <l4_6>
v6_opt_19:
	 227: MovReg dst: r0 src: r4
	 228: AddImm dst: r0 imm: 8
	 229: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 230: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 231: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 232: AddImm dst: r1 imm: 1
	 233: LShImm dst: r1 imm: 3
	 234: AddReg dst: r4 src: r1
	 235: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 236: MovReg dst: r0 src: r4
	 237: AddImm dst: r0 imm: 8
	 238: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 239: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 240: SwapBE dst: r1 
	 241: AndImm dst: r1 imm: 65528
	 242: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 243: OrImm dst: r7 imm: 768
	 244: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 245: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 246: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 247: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 248: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 249: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 250: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 251: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 252: Ja off: -1 <l4_6>
v6_opt_23:
	 253: MovReg dst: r0 src: r4
	 254: AddImm dst: r0 imm: 8
	 255: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 256: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 257: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 258: AddImm dst: r1 imm: 1
	 259: LShImm dst: r1 imm: 3
	 260: AddReg dst: r4 src: r1
	 261: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 262: MovReg dst: r0 src: r4
	 263: AddImm dst: r0 imm: 8
	 264: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 265: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 266: SwapBE dst: r1 
	 267: AndImm dst: r1 imm: 65528
	 268: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 269: OrImm dst: r7 imm: 768
	 270: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 271: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 272: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 273: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 274: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 275: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 276: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 277: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 278: Ja off: -1 <l4_6>
v6_opt_27:
	 279: MovReg dst: r0 src: r4
	 280: AddImm dst: r0 imm: 8
	 281: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 282: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 283: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 284: AddImm dst: r1 imm: 1
	 285: LShImm dst: r1 imm: 3
	 286: AddReg dst: r4 src: r1
	 287: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 288: MovReg dst: r0 src: r4
	 289: AddImm dst: r0 imm: 8
	 290: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 291: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 292: SwapBE dst: r1 
	 293: AndImm dst: r1 imm: 65528
	 294: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 295: OrImm dst: r7 imm: 768
	 296: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 297: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 298: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 299: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 300: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 301: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 302: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 303: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 304: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 305: OrReg dst: r7 src: r5
	 306: MovImm dst: r8 imm: 0
	 307: StMemW dst: rfp src: r0 off: -120 imm: 0
	 308: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 309: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 310: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 311: Ja off: -1 <l4done_6>
tcp_6:
	 312: MovReg dst: r0 src: r4
	 313: AddImm dst: r0 imm: 20
	 314: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 315: Ja off: -1 <ports_6>
udp_6:
	 316: MovReg dst: r0 src: r4
	 317: AddImm dst: r0 imm: 8
	 318: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 319: Ja off: -1 <ports_6>
ports_6:
	 320: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 321: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 322: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 323: SwapBE dst: r8 
	 324: Ja off: -1 <l4done_6>
l4done_6:
	 325: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 326: StMemB dst: rfp src: r0 off: -115 imm: 0
	 327: StMemB dst: rfp src: r0 off: -114 imm: 6
	 328: StMemB dst: rfp src: r0 off: -113 imm: 0
	 329: StMemW dst: rfp src: r0 off: -112 imm: 259
	 330: StMemB dst: rfp src: r0 off: -72 imm: 6
	 331: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 332: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_38>
	 333: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 334: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 335: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 336: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 337: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 338: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 339: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 340: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 341: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 342: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 343: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 344: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 345: StMemB dst: rfp src: r0 off: -115 imm: 0
	 346: Ja off: -1 <ct_ordered_37>
ct_swap_36:
	 347: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 348: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 349: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 350: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 351: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 352: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 353: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 354: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 355: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 356: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 357: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 358: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 359: StMemB dst: rfp src: r0 off: -115 imm: 1
	 360: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_37:
	 361: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 363: MovReg dst: r2 src: rfp
	 364: AddImm dst: r2 imm: -152
	 365: Call FnMapLookupElem
	 366: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 367: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 368: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 369: Ja off: -1 <ct_reply>
ct_miss_35:
	 370: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 371: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_38>
	 372: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 373: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 374: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 375: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 376: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 377: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 378: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 379: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 380: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 381: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 382: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 383: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_38:
	 384: StMemW dst: rfp src: r0 off: -80 imm: 0
	 385: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 386: StMemW dst: rfp src: r0 off: -76 imm: 3
	 387: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 389: MovReg dst: r2 src: rfp
	 390: AddImm dst: r2 imm: -76
	 391: Call FnMapLookupElem
	 392: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 393: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 394: AddImm dst: r1 imm: 1
	 395: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 396: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 397: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 398: AddReg dst: r2 src: r1
	 399: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 400: MovImm dst: r0 imm: 0
	 401: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 402: StMemW dst: rfp src: r0 off: -76 imm: 4
	 403: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 405: MovReg dst: r2 src: rfp
	 406: AddImm dst: r2 imm: -76
	 407: Call FnMapLookupElem
	 408: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 409: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 410: AddImm dst: r1 imm: 1
	 411: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 412: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 413: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 414: AddReg dst: r2 src: r1
	 415: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 416: MovImm dst: r0 imm: 0
	 417: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 418: MovImm dst: r8 imm: 0
	 419: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 420: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 421: XorReg dst: r8 src: r1
	 422: XorReg dst: r8 src: r1
	 423: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 424: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 426: MovReg dst: r2 src: rfp
	 427: AddImm dst: r2 imm: -76
	 428: Call FnMapLookupElem
	 429: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 430: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 431: AddImm dst: r1 imm: 1
	 432: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 433: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 434: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 435: AddReg dst: r2 src: r1
	 436: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 437: StMemW dst: rfp src: r0 off: -60 imm: 259
	 438: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 439: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 440: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 441: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 442: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 443: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 444: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 445: LShImm dst: r2 imm: 24
	 446: OrReg dst: r1 src: r2
	 447: OrImm dst: r1 imm: 256
	 448: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 449: StMemW dst: rfp src: r0 off: -44 imm: 0
	 450: StMemW dst: rfp src: r0 off: -40 imm: 0
	 451: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 452: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 453: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 454: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 455: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 456: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 457: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 458: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 459: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 460: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 461: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 462: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 463: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 464: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 465: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 466: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 467: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 469: MovReg dst: r2 src: rfp
	 470: AddImm dst: r2 imm: -64
	 471: MovImm dst: r3 imm: 60
	 472: MovImm dst: r4 imm: 0
	 473: Call FnRingbufOutput
	 474: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_42>
	 475: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 476: StMemH dst: rfp src: r0 off: -104 imm: 0
	 477: StMemB dst: rfp src: r0 off: -102 imm: 1
	 478: StMemB dst: rfp src: r0 off: -101 imm: 0
	 479: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 480: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_43>
	 481: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 482: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 483: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 484: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 485: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 486: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 487: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 488: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 489: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 490: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 491: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 492: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_43:
	 493: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 495: MovReg dst: r2 src: rfp
	 496: AddImm dst: r2 imm: -152
	 497: MovReg dst: r3 src: rfp
	 498: AddImm dst: r3 imm: -108
	 499: MovImm dst: r4 imm: 0
	 500: Call FnMapUpdateElem
ct_norecord_42:
	 501: MovImm dst: r0 imm: 0
	 502: Exit
malformed:
	    ; truncated or malformed header: drop
	 503: StMemW dst: rfp src: r0 off: -76 imm: 2
	 504: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 506: MovReg dst: r2 src: rfp
	 507: AddImm dst: r2 imm: -76
	 508: Call FnMapLookupElem
	 509: JEqImm dst: r0 off: -1 imm: 0 <count_done_44>
	 510: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 511: AddImm dst: r1 imm: 1
	 512: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 513: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 514: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 515: AddReg dst: r2 src: r1
	 516: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_44:
	 517: MovImm dst: r0 imm: 2
	 518: Exit

== subject-259 policy_egress (section tcx/ingress, enforced=false, 519 instructions)
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
	  49: StXMemW dst: rfp src: r5 off: -136 imm: 0
	  50: StMemW dst: rfp src: r0 off: -148 imm: 0
	  51: StMemW dst: rfp src: r0 off: -132 imm: 0
	  52: StMemW dst: rfp src: r0 off: -144 imm: 0
	  53: StMemW dst: rfp src: r0 off: -128 imm: 0
	  54: StMemW dst: rfp src: r0 off: -140 imm: 0
	  55: StMemW dst: rfp src: r0 off: -124 imm: 0
	  56: LdXMemB dst: r5 src: r4 off: 9 imm: 0
	  57: AddReg dst: r4 src: r1
l4_4:
	    ; transport header (IPv4)
	  58: OrReg dst: r7 src: r5
	  59: MovImm dst: r8 imm: 0
	  60: StMemW dst: rfp src: r0 off: -120 imm: 0
	  61: JSetImm dst: r7 off: -1 imm: 256 <l4done_4>
	  62: JEqImm dst: r5 off: -1 imm: 6 <tcp_4>
	  63: JEqImm dst: r5 off: -1 imm: 17 <udp_4>
	  64: Ja off: -1 <l4done_4>
tcp_4:
	  65: MovReg dst: r0 src: r4
	  66: AddImm dst: r0 imm: 20
	  67: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  68: Ja off: -1 <ports_4>
udp_4:
	  69: MovReg dst: r0 src: r4
	  70: AddImm dst: r0 imm: 8
	  71: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  72: Ja off: -1 <ports_4>
ports_4:
	  73: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  74: StXMemW dst: rfp src: r1 off: -120 imm: 0
	  75: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  76: SwapBE dst: r8 
	  77: Ja off: -1 <l4done_4>
l4done_4:
	  78: StXMemB dst: rfp src: r5 off: -116 imm: 0
	  79: StMemB dst: rfp src: r0 off: -115 imm: 1
	  80: StMemB dst: rfp src: r0 off: -114 imm: 4
	  81: StMemB dst: rfp src: r0 off: -113 imm: 0
	  82: StMemW dst: rfp src: r0 off: -112 imm: 259
	  83: StMemB dst: rfp src: r0 off: -72 imm: 4
	  84: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	  85: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_6>
	  86: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	  87: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	  88: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  89: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	  90: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	  91: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	  92: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  93: JGTReg dst: r1 off: -1 src: r2 <ct_swap_4>
	  94: StMemB dst: rfp src: r0 off: -115 imm: 0
	  95: Ja off: -1 <ct_ordered_5>
ct_swap_4:
	  96: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	  97: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	  98: StXMemW dst: rfp src: r2 off: -152 imm: 0
	  99: StXMemW dst: rfp src: r1 off: -136 imm: 0
	 100: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 101: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 102: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 103: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 104: StMemB dst: rfp src: r0 off: -115 imm: 0
	 105: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_5:
	 106: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 108: MovReg dst: r2 src: rfp
	 109: AddImm dst: r2 imm: -152
	 110: Call FnMapLookupElem
	 111: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 112: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 113: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 114: Ja off: -1 <ct_reply>
ct_miss_3:
	 115: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 116: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_6>
	 117: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 118: LdXMemW dst: r2 src: rfp off: -136 imm: 0
	 119: StXMemW dst: rfp src: r2 off: -152 imm: 0
	 120: StXMemW dst: rfp src: r1 off: -136 imm: 0
	 121: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 122: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 123: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 124: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_6:
	 125: StMemW dst: rfp src: r0 off: -80 imm: 0
	 126: Ja off: -1 <default>
ipv6:
	    ; IPv6 header
	 127: MovReg dst: r0 src: r4
	 128: AddImm dst: r0 imm: 40
	 129: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 130: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 131: AndImm dst: r1 imm: 240
	 132: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 133: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 134: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 135: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 136: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 137: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 138: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 139: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 140: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 141: MovImm dst: r7 imm: 0
	 142: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 143: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 144: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 145: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 146: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 147: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 148: Ja off: -1 <l4_6>
v6_opt_7:
	 149: MovReg dst: r0 src: r4
	 150: AddImm dst: r0 imm: 8
	 151: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 152: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 153: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 154: AddImm dst: r1 imm: 1
	 155: LShImm dst: r1 imm: 3
	 156: AddReg dst: r4 src: r1
	 157: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 158: MovReg dst: r0 src: r4
	 159: AddImm dst: r0 imm: 8
	 160: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 161: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 162: SwapBE dst: r1 
	 163: AndImm dst: r1 imm: 65528
	 164: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 165: OrImm dst: r7 imm: 768
	 166: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 167: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 168: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 169: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 170: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 171: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 172: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 173: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 174: Ja off: -1 <l4_6>
v6_opt_11:
	 175: MovReg dst: r0 src: r4
	 176: AddImm dst: r0 imm: 8
	 177: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 178: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 179: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 180: AddImm dst: r1 imm: 1
	 181: LShImm dst: r1 imm: 3
	 182: AddReg dst: r4 src: r1
	 183: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 184: MovReg dst: r0 src: r4
	 185: AddImm dst: r0 imm: 8
	 186: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 187: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 188: SwapBE dst: r1 
	 189: AndImm dst: r1 imm: 65528
	 190: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 191: OrImm dst: r7 imm: 768
	 192: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 193: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 194: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 195: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 196: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 197: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 198: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 199: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 200: Ja off: -1 <l4_6>
v6_opt_15:
	 201: MovReg dst: r0 src: r4
	 202: AddImm dst: r0 imm: 8
	 203: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 204: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 205: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 206: AddImm dst: r1 imm: 1
	 207: LShImm dst: r1 imm: 3
	 208: AddReg dst: r4 src: r1
	 209: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 210: MovReg dst: r0 src: r4
	 211: AddImm dst: r0 imm: 8
	 212: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 213: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 214: SwapBE dst: r1 
	 215: AndImm dst: r1 imm: 65528
	 216: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 217: OrImm dst: r7 imm: 768
	 218: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 219: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 220: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 221: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 222: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 223: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 224: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 225: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 226: Ja off: -1 <l4_6>
v6_opt_19:
	 227: MovReg dst: r0 src: r4
	 228: AddImm dst: r0 imm: 8
	 229: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 230: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 231: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 232: AddImm dst: r1 imm: 1
	 233: LShImm dst: r1 imm: 3
	 234: AddReg dst: r4 src: r1
	 235: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 236: MovReg dst: r0 src: r4
	 237: AddImm dst: r0 imm: 8
	 238: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 239: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 240: SwapBE dst: r1 
	 241: AndImm dst: r1 imm: 65528
	 242: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 243: OrImm dst: r7 imm: 768
	 244: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 245: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 246: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 247: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 248: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 249: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 250: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 251: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 252: Ja off: -1 <l4_6>
v6_opt_23:
	 253: MovReg dst: r0 src: r4
	 254: AddImm dst: r0 imm: 8
	 255: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 256: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 257: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 258: AddImm dst: r1 imm: 1
	 259: LShImm dst: r1 imm: 3
	 260: AddReg dst: r4 src: r1
	 261: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 262: MovReg dst: r0 src: r4
	 263: AddImm dst: r0 imm: 8
	 264: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 265: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 266: SwapBE dst: r1 
	 267: AndImm dst: r1 imm: 65528
	 268: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 269: OrImm dst: r7 imm: 768
	 270: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 271: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 272: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 273: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 274: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 275: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 276: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 277: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 278: Ja off: -1 <l4_6>
v6_opt_27:
	 279: MovReg dst: r0 src: r4
	 280: AddImm dst: r0 imm: 8
	 281: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 282: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 283: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 284: AddImm dst: r1 imm: 1
	 285: LShImm dst: r1 imm: 3
	 286: AddReg dst: r4 src: r1
	 287: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 288: MovReg dst: r0 src: r4
	 289: AddImm dst: r0 imm: 8
	 290: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 291: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 292: SwapBE dst: r1 
	 293: AndImm dst: r1 imm: 65528
	 294: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 295: OrImm dst: r7 imm: 768
	 296: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 297: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 298: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 299: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 300: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 301: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 302: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 303: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 304: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 305: OrReg dst: r7 src: r5
	 306: MovImm dst: r8 imm: 0
	 307: StMemW dst: rfp src: r0 off: -120 imm: 0
	 308: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 309: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 310: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 311: Ja off: -1 <l4done_6>
tcp_6:
	 312: MovReg dst: r0 src: r4
	 313: AddImm dst: r0 imm: 20
	 314: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 315: Ja off: -1 <ports_6>
udp_6:
	 316: MovReg dst: r0 src: r4
	 317: AddImm dst: r0 imm: 8
	 318: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 319: Ja off: -1 <ports_6>
ports_6:
	 320: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 321: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 322: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 323: SwapBE dst: r8 
	 324: Ja off: -1 <l4done_6>
l4done_6:
	 325: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 326: StMemB dst: rfp src: r0 off: -115 imm: 1
	 327: StMemB dst: rfp src: r0 off: -114 imm: 6
	 328: StMemB dst: rfp src: r0 off: -113 imm: 0
	 329: StMemW dst: rfp src: r0 off: -112 imm: 259
	 330: StMemB dst: rfp src: r0 off: -72 imm: 6
	 331: StMemB dst: rfp src: r0 off: -71 imm: 0
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 332: JSetImm dst: r7 off: -1 imm: 512 <ct_noswap_38>
	 333: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 334: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 335: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 336: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 337: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 338: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 339: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 340: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 341: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 342: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 343: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 344: JGTReg dst: r1 off: -1 src: r2 <ct_swap_36>
	 345: StMemB dst: rfp src: r0 off: -115 imm: 0
	 346: Ja off: -1 <ct_ordered_37>
ct_swap_36:
	 347: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 348: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 349: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 350: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 351: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 352: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 353: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 354: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 355: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 356: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 357: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 358: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 359: StMemB dst: rfp src: r0 off: -115 imm: 0
	 360: StMemB dst: rfp src: r0 off: -71 imm: 1
ct_ordered_37:
	 361: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 363: MovReg dst: r2 src: rfp
	 364: AddImm dst: r2 imm: -152
	 365: Call FnMapLookupElem
	 366: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 367: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 368: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 369: Ja off: -1 <ct_reply>
ct_miss_35:
	 370: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 371: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_38>
	 372: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 373: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 374: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 375: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 376: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 377: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 378: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 379: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 380: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 381: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 382: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 383: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_38:
	 384: StMemW dst: rfp src: r0 off: -80 imm: 0
	 385: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 386: StMemW dst: rfp src: r0 off: -76 imm: 3
	 387: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 389: MovReg dst: r2 src: rfp
	 390: AddImm dst: r2 imm: -76
	 391: Call FnMapLookupElem
	 392: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 393: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 394: AddImm dst: r1 imm: 1
	 395: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 396: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 397: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 398: AddReg dst: r2 src: r1
	 399: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 400: MovImm dst: r0 imm: 0
	 401: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 402: StMemW dst: rfp src: r0 off: -76 imm: 4
	 403: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 405: MovReg dst: r2 src: rfp
	 406: AddImm dst: r2 imm: -76
	 407: Call FnMapLookupElem
	 408: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 409: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 410: AddImm dst: r1 imm: 1
	 411: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 412: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 413: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 414: AddReg dst: r2 src: r1
	 415: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 416: MovImm dst: r0 imm: 0
	 417: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 418: MovImm dst: r8 imm: 0
	 419: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 420: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 421: XorReg dst: r8 src: r1
	 422: XorReg dst: r8 src: r1
	 423: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 424: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 426: MovReg dst: r2 src: rfp
	 427: AddImm dst: r2 imm: -76
	 428: Call FnMapLookupElem
	 429: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 430: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 431: AddImm dst: r1 imm: 1
	 432: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 433: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 434: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 435: AddReg dst: r2 src: r1
	 436: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 437: StMemW dst: rfp src: r0 off: -64 imm: 259
	 438: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 439: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 440: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 441: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 442: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 443: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 444: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 445: LShImm dst: r2 imm: 24
	 446: OrReg dst: r1 src: r2
	 447: OrImm dst: r1 imm: 65792
	 448: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 449: StMemW dst: rfp src: r0 off: -44 imm: 0
	 450: StMemW dst: rfp src: r0 off: -40 imm: 0
	 451: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 452: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 453: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 454: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 455: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 456: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 457: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 458: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 459: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 460: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 461: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 462: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 463: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 464: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 465: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 466: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 467: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 469: MovReg dst: r2 src: rfp
	 470: AddImm dst: r2 imm: -64
	 471: MovImm dst: r3 imm: 60
	 472: MovImm dst: r4 imm: 0
	 473: Call FnRingbufOutput
	 474: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_42>
	 475: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 476: StMemH dst: rfp src: r0 off: -104 imm: 0
	 477: StMemB dst: rfp src: r0 off: -102 imm: 1
	 478: StMemB dst: rfp src: r0 off: -101 imm: 1
	 479: LdXMemB dst: r1 src: rfp off: -71 imm: 0
	 480: JEqImm dst: r1 off: -1 imm: 0 <ct_noswap_43>
	 481: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 482: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 483: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 484: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 485: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 486: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 487: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 488: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 489: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 490: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 491: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 492: StXMemH dst: rfp src: r1 off: -118 imm: 0
ct_noswap_43:
	 493: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 495: MovReg dst: r2 src: rfp
	 496: AddImm dst: r2 imm: -152
	 497: MovReg dst: r3 src: rfp
	 498: AddImm dst: r3 imm: -108
	 499: MovImm dst: r4 imm: 0
	 500: Call FnMapUpdateElem
ct_norecord_42:
	 501: MovImm dst: r0 imm: 0
	 502: Exit
malformed:
	    ; truncated or malformed header: drop
	 503: StMemW dst: rfp src: r0 off: -76 imm: 2
	 504: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 506: MovReg dst: r2 src: rfp
	 507: AddImm dst: r2 imm: -76
	 508: Call FnMapLookupElem
	 509: JEqImm dst: r0 off: -1 imm: 0 <count_done_44>
	 510: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 511: AddImm dst: r1 imm: 1
	 512: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 513: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 514: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 515: AddReg dst: r2 src: r1
	 516: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_44:
	 517: MovImm dst: r0 imm: 2
	 518: Exit

