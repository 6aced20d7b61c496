== subject-256 policy_ingress (section tcx/egress, enforced=true, 747 instructions)
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
	    ; conntrack: established and reply packets pass without policy
	 104: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 105: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 107: MovReg dst: r2 src: rfp
	 108: AddImm dst: r2 imm: -152
	 109: Call FnMapLookupElem
	 110: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	 111: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 112: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 113: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 114: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 115: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 116: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 117: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 118: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 119: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 120: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 121: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 122: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 123: StMemB dst: rfp src: r0 off: -115 imm: 1
	 124: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 126: MovReg dst: r2 src: rfp
	 127: AddImm dst: r2 imm: -152
	 128: Call FnMapLookupElem
	 129: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	 130: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 131: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 132: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 133: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 134: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 135: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 136: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 137: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 138: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 139: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 140: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 141: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 142: StMemB dst: rfp src: r0 off: -115 imm: 0
ct_skip_2:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 143: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 145: MovReg dst: r2 src: rfp
	 146: AddImm dst: r2 imm: -152
	 147: Call FnMapLookupElem
	 148: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 149: StMemW dst: rfp src: r0 off: -100 imm: 32
	 150: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 151: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 152: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 154: MovReg dst: r2 src: rfp
	 155: AddImm dst: r2 imm: -100
	 156: Call FnMapLookupElem
	 157: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 158: StMemW dst: rfp src: r0 off: -80 imm: 9
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
	 167: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 168: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 169: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 170: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 171: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 172: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 173: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 174: MovImm dst: r7 imm: 0
	 175: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 176: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 177: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_3>
	 178: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_3>
	 179: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_3>
	 180: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_4>
	 181: Ja off: -1 <l4_6>
v6_opt_3:
	 182: MovReg dst: r0 src: r4
	 183: AddImm dst: r0 imm: 8
	 184: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 185: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 186: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 187: AddImm dst: r1 imm: 1
	 188: LShImm dst: r1 imm: 3
	 189: AddReg dst: r4 src: r1
	 190: Ja off: -1 <v6_ext_6>
v6_frag_4:
	 191: MovReg dst: r0 src: r4
	 192: AddImm dst: r0 imm: 8
	 193: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 194: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 195: SwapBE dst: r1 
	 196: AndImm dst: r1 imm: 65528
	 197: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_5>
	 198: OrImm dst: r7 imm: 768
	 199: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 200: Ja off: -1 <l4_6>
v6_fragfirst_5:
	 201: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 202: AddImm dst: r4 imm: 8
v6_ext_6:
	    ; IPv6 extension header 2
	 203: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 204: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 205: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 206: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 207: Ja off: -1 <l4_6>
v6_opt_7:
	 208: MovReg dst: r0 src: r4
	 209: AddImm dst: r0 imm: 8
	 210: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 211: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 212: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 213: AddImm dst: r1 imm: 1
	 214: LShImm dst: r1 imm: 3
	 215: AddReg dst: r4 src: r1
	 216: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 217: MovReg dst: r0 src: r4
	 218: AddImm dst: r0 imm: 8
	 219: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 220: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 221: SwapBE dst: r1 
	 222: AndImm dst: r1 imm: 65528
	 223: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 224: OrImm dst: r7 imm: 768
	 225: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 226: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 227: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 228: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 3
	 229: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 230: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 231: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 232: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 233: Ja off: -1 <l4_6>
v6_opt_11:
	 234: MovReg dst: r0 src: r4
	 235: AddImm dst: r0 imm: 8
	 236: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 237: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 238: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 239: AddImm dst: r1 imm: 1
	 240: LShImm dst: r1 imm: 3
	 241: AddReg dst: r4 src: r1
	 242: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 243: MovReg dst: r0 src: r4
	 244: AddImm dst: r0 imm: 8
	 245: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 246: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 247: SwapBE dst: r1 
	 248: AndImm dst: r1 imm: 65528
	 249: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 250: OrImm dst: r7 imm: 768
	 251: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 252: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 253: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 254: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 4
	 255: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 256: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 257: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 258: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 259: Ja off: -1 <l4_6>
v6_opt_15:
	 260: MovReg dst: r0 src: r4
	 261: AddImm dst: r0 imm: 8
	 262: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 263: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 264: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 265: AddImm dst: r1 imm: 1
	 266: LShImm dst: r1 imm: 3
	 267: AddReg dst: r4 src: r1
	 268: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 269: MovReg dst: r0 src: r4
	 270: AddImm dst: r0 imm: 8
	 271: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 272: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 273: SwapBE dst: r1 
	 274: AndImm dst: r1 imm: 65528
	 275: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 276: OrImm dst: r7 imm: 768
	 277: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 278: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 279: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 280: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 5
	 281: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 282: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 283: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 284: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 285: Ja off: -1 <l4_6>
v6_opt_19:
	 286: MovReg dst: r0 src: r4
	 287: AddImm dst: r0 imm: 8
	 288: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 289: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 290: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 291: AddImm dst: r1 imm: 1
	 292: LShImm dst: r1 imm: 3
	 293: AddReg dst: r4 src: r1
	 294: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 295: MovReg dst: r0 src: r4
	 296: AddImm dst: r0 imm: 8
	 297: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 298: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 299: SwapBE dst: r1 
	 300: AndImm dst: r1 imm: 65528
	 301: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 302: OrImm dst: r7 imm: 768
	 303: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 304: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 305: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 306: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 6
	 307: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 308: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 309: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 310: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 311: Ja off: -1 <l4_6>
v6_opt_23:
	 312: MovReg dst: r0 src: r4
	 313: AddImm dst: r0 imm: 8
	 314: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 315: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 316: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 317: AddImm dst: r1 imm: 1
	 318: LShImm dst: r1 imm: 3
	 319: AddReg dst: r4 src: r1
	 320: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 321: MovReg dst: r0 src: r4
	 322: AddImm dst: r0 imm: 8
	 323: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 324: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 325: SwapBE dst: r1 
	 326: AndImm dst: r1 imm: 65528
	 327: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 328: OrImm dst: r7 imm: 768
	 329: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 330: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 331: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 332: AddImm dst: r4 imm: 8
v6_ext_26:
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
	 340: StMemW dst: rfp src: r0 off: -120 imm: 0
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
	 359: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 360: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 361: SwapBE dst: r8 
	 362: Ja off: -1 <l4done_6>
l4done_6:
	 363: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 364: StMemB dst: rfp src: r0 off: -115 imm: 0
	 365: StMemB dst: rfp src: r0 off: -114 imm: 6
	 366: StMemB dst: rfp src: r0 off: -113 imm: 0
	 367: StMemW dst: rfp src: r0 off: -112 imm: 256
	 368: StMemB dst: rfp src: r0 off: -72 imm: 6
	    ; conntrack: established and reply packets pass without policy
	 369: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_30>
	 370: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 372: MovReg dst: r2 src: rfp
	 373: AddImm dst: r2 imm: -152
	 374: Call FnMapLookupElem
	 375: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	 376: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 377: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 378: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 379: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 380: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 381: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 382: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 383: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 384: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 385: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 386: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 387: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 388: StMemB dst: rfp src: r0 off: -115 imm: 1
	 389: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 391: MovReg dst: r2 src: rfp
	 392: AddImm dst: r2 imm: -152
	 393: Call FnMapLookupElem
	 394: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	 395: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 396: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 397: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 398: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 399: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 400: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 401: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 402: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 403: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 404: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 405: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 406: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 407: StMemB dst: rfp src: r0 off: -115 imm: 0
ct_skip_30:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 408: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 410: MovReg dst: r2 src: rfp
	 411: AddImm dst: r2 imm: -152
	 412: Call FnMapLookupElem
	 413: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 414: StMemW dst: rfp src: r0 off: -100 imm: 128
	 415: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 416: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 417: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 418: StXMemW dst: rfp src: r1 off: -92 imm: 0
	 419: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 420: StXMemW dst: rfp src: r1 off: -88 imm: 0
	 421: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 422: StXMemW dst: rfp src: r1 off: -84 imm: 0
	 423: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 425: MovReg dst: r2 src: rfp
	 426: AddImm dst: r2 imm: -100
	 427: Call FnMapLookupElem
	 428: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 429: StMemW dst: rfp src: r0 off: -80 imm: 10
	 430: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 431: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	 432: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	 433: LShImm dst: r1 imm: 16
	 434: OrImm dst: r1 imm: 512
	 435: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
	 436: StMemW dst: rfp src: r0 off: -76 imm: 3
	 437: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 439: MovReg dst: r2 src: rfp
	 440: AddImm dst: r2 imm: -76
	 441: Call FnMapLookupElem
	 442: JEqImm dst: r0 off: -1 imm: 0 <count_done_31>
	 443: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 444: AddImm dst: r1 imm: 1
	 445: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 446: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 447: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 448: AddReg dst: r2 src: r1
	 449: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_31:
	 450: MovImm dst: r0 imm: 0
	 451: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 452: StMemW dst: rfp src: r0 off: -76 imm: 4
	 453: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 455: MovReg dst: r2 src: rfp
	 456: AddImm dst: r2 imm: -76
	 457: Call FnMapLookupElem
	 458: JEqImm dst: r0 off: -1 imm: 0 <count_done_32>
	 459: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 460: AddImm dst: r1 imm: 1
	 461: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 462: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 463: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 464: AddReg dst: r2 src: r1
	 465: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_32:
	 466: MovImm dst: r0 imm: 0
	 467: Exit
have_identity:
	 468: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 469: StXMemW dst: rfp src: r1 off: -80 imm: 0
membership:
	    ; selector membership of the peer identity
	 470: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 472: MovReg dst: r2 src: rfp
	 473: AddImm dst: r2 imm: -80
	 474: Call FnMapLookupElem
	 475: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 476: MovReg dst: r9 src: r0
	 477: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 478: StMemW dst: rfp src: r0 off: -76 imm: 6
	 479: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 481: MovReg dst: r2 src: rfp
	 482: AddImm dst: r2 imm: -76
	 483: Call FnMapLookupElem
	 484: JEqImm dst: r0 off: -1 imm: 0 <count_done_33>
	 485: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 486: AddImm dst: r1 imm: 1
	 487: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 488: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 489: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 490: AddReg dst: r2 src: r1
	 491: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_33:
	 492: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 493: MovReg dst: r1 src: r7
	 494: AndImm dst: r1 imm: 511
	 495: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 496: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 497: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 5 intervals
	 498: JGEImm dst: r8 off: -1 imm: 2 <ge_34>
	 499: JGEImm dst: r8 off: -1 imm: 1 <ge_35>
	 500: Ja off: -1 <class_0>
ge_35:
	 501: Ja off: -1 <class_1>
ge_34:
	 502: JGEImm dst: r8 off: -1 imm: 10000 <ge_36>
	 503: Ja off: -1 <class_0>
ge_36:
	 504: JGEImm dst: r8 off: -1 imm: 10001 <ge_37>
	 505: Ja off: -1 <class_2>
ge_37:
	 506: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 3 intervals
	 507: JGEImm dst: r8 off: -1 imm: 1 <ge_38>
	 508: Ja off: -1 <class_0>
ge_38:
	 509: JGEImm dst: r8 off: -1 imm: 1025 <ge_39>
	 510: Ja off: -1 <class_3>
ge_39:
	 511: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order []
	 512: Ja off: -1 <default>
class_1:
	    ; class 1: candidates in precedence order [4]
	 513: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 514: JSet32Imm dst: r1 off: -1 imm: 4 <c1_entry4_40>
	 515: Ja off: -1 <default>
c1_entry4_40:
	    ; entry 4 allow peer={reserved.host=} proto=6 ports=1-1: ns/random random.yaml:4:3
	 516: MovImm dst: r8 imm: 4
	 517: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [3]
	 518: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 519: JSet32Imm dst: r1 off: -1 imm: 1 <c2_entry3_41>
	 520: Ja off: -1 <default>
c2_entry3_41:
	    ; entry 3 allow peer={} proto=6 ports=10000-10000: ns/random random.yaml:3:3
	 521: MovImm dst: r8 imm: 3
	 522: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [1]
	 523: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 524: JSet32Imm dst: r1 off: -1 imm: 32 <c3_entry1_42>
	 525: Ja off: -1 <default>
c3_entry1_42:
	    ; entry 1 redirect peer={reserved.world=} proto=132 ports=1-1024: ns/random random.yaml:1:3
	 526: MovImm dst: r8 imm: 1
	 527: MovImm dst: r9 imm: 39738
	 528: Ja off: -1 <verdict_redirect>
default:
	    ; no entry matches: deny (enforced=true)
	 529: MovImm dst: r8 imm: 0
	 530: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 531: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 532: XorReg dst: r8 src: r1
	 533: XorReg dst: r8 src: r1
	 534: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 535: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 537: MovReg dst: r2 src: rfp
	 538: AddImm dst: r2 imm: -76
	 539: Call FnMapLookupElem
	 540: JEqImm dst: r0 off: -1 imm: 0 <count_done_43>
	 541: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 542: AddImm dst: r1 imm: 1
	 543: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 544: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 545: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 546: AddReg dst: r2 src: r1
	 547: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_43:
	 548: StMemW dst: rfp src: r0 off: -60 imm: 256
	 549: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 550: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 551: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 552: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 553: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 554: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 555: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 556: LShImm dst: r2 imm: 24
	 557: OrReg dst: r1 src: r2
	 558: OrImm dst: r1 imm: 0
	 559: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 560: StMemW dst: rfp src: r0 off: -44 imm: 0
	 561: StMemW dst: rfp src: r0 off: -40 imm: 0
	 562: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 563: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 564: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 565: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 566: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 567: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 568: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 569: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 570: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 571: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 572: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 573: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 574: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 575: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 576: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 577: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 578: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 580: MovReg dst: r2 src: rfp
	 581: AddImm dst: r2 imm: -64
	 582: MovImm dst: r3 imm: 60
	 583: MovImm dst: r4 imm: 0
	 584: Call FnRingbufOutput
	 585: MovImm dst: r0 imm: 2
	 586: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 587: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 588: XorReg dst: r8 src: r1
	 589: XorReg dst: r8 src: r1
	 590: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 591: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 593: MovReg dst: r2 src: rfp
	 594: AddImm dst: r2 imm: -76
	 595: Call FnMapLookupElem
	 596: JEqImm dst: r0 off: -1 imm: 0 <count_done_44>
	 597: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 598: AddImm dst: r1 imm: 1
	 599: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 600: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 601: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 602: AddReg dst: r2 src: r1
	 603: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_44:
	 604: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_45>
	 605: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 606: StMemH dst: rfp src: r0 off: -104 imm: 0
	 607: StMemB dst: rfp src: r0 off: -102 imm: 1
	 608: StMemB dst: rfp src: r0 off: -101 imm: 0
	 609: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 611: MovReg dst: r2 src: rfp
	 612: AddImm dst: r2 imm: -152
	 613: MovReg dst: r3 src: rfp
	 614: AddImm dst: r3 imm: -108
	 615: MovImm dst: r4 imm: 0
	 616: Call FnMapUpdateElem
ct_norecord_45:
	 617: StMemW dst: rfp src: r0 off: -60 imm: 256
	 618: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 619: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 620: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 621: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 622: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 623: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 624: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 625: LShImm dst: r2 imm: 24
	 626: OrReg dst: r1 src: r2
	 627: OrImm dst: r1 imm: 256
	 628: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 629: StMemW dst: rfp src: r0 off: -44 imm: 0
	 630: StMemW dst: rfp src: r0 off: -40 imm: 0
	 631: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 632: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 633: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 634: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 635: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 636: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 637: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 638: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 639: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 640: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 641: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 642: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 643: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 644: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 645: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 646: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 647: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 649: MovReg dst: r2 src: rfp
	 650: AddImm dst: r2 imm: -64
	 651: MovImm dst: r3 imm: 60
	 652: MovImm dst: r4 imm: 0
	 653: Call FnRingbufOutput
	 654: MovImm dst: r0 imm: 0
	 655: Exit
verdict_redirect:
	    ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	 656: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 657: XorReg dst: r8 src: r1
	 658: XorReg dst: r8 src: r1
	 659: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 660: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 662: MovReg dst: r2 src: rfp
	 663: AddImm dst: r2 imm: -76
	 664: Call FnMapLookupElem
	 665: JEqImm dst: r0 off: -1 imm: 0 <count_done_46>
	 666: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 667: AddImm dst: r1 imm: 1
	 668: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 669: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 670: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 671: AddReg dst: r2 src: r1
	 672: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_46:
	 673: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_47>
	 674: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 675: StXMemH dst: rfp src: r9 off: -104 imm: 0
	 676: StMemB dst: rfp src: r0 off: -102 imm: 2
	 677: StMemB dst: rfp src: r0 off: -101 imm: 0
	 678: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 680: MovReg dst: r2 src: rfp
	 681: AddImm dst: r2 imm: -152
	 682: MovReg dst: r3 src: rfp
	 683: AddImm dst: r3 imm: -108
	 684: MovImm dst: r4 imm: 0
	 685: Call FnMapUpdateElem
ct_norecord_47:
	 686: MovReg dst: r1 src: r9
	 687: LShImm dst: r1 imm: 16
	 688: OrImm dst: r1 imm: 512
	 689: StXMemW dst: r6 src: r1 off: 8 imm: 0
	 690: StMemW dst: rfp src: r0 off: -60 imm: 256
	 691: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 692: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 693: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 694: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 695: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 696: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 697: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 698: LShImm dst: r2 imm: 24
	 699: OrReg dst: r1 src: r2
	 700: OrImm dst: r1 imm: 512
	 701: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 702: StMemW dst: rfp src: r0 off: -44 imm: 0
	 703: MovReg dst: r1 src: r9
	 704: AndImm dst: r1 imm: 65535
	 705: StXMemW dst: rfp src: r1 off: -40 imm: 0
	 706: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 707: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 708: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 709: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 710: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 711: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 712: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 713: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 714: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 715: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 716: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 717: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 718: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 719: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 720: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 721: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 722: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 724: MovReg dst: r2 src: rfp
	 725: AddImm dst: r2 imm: -64
	 726: MovImm dst: r3 imm: 60
	 727: MovImm dst: r4 imm: 0
	 728: Call FnRingbufOutput
	 729: MovImm dst: r0 imm: 0
	 730: Exit
malformed:
	    ; truncated or malformed header: drop
	 731: StMemW dst: rfp src: r0 off: -76 imm: 2
	 732: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 734: MovReg dst: r2 src: rfp
	 735: AddImm dst: r2 imm: -76
	 736: Call FnMapLookupElem
	 737: JEqImm dst: r0 off: -1 imm: 0 <count_done_48>
	 738: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 739: AddImm dst: r1 imm: 1
	 740: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 741: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 742: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 743: AddReg dst: r2 src: r1
	 744: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_48:
	 745: MovImm dst: r0 imm: 2
	 746: Exit

== subject-256 policy_egress (section tcx/ingress, enforced=true, 690 instructions)
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
	    ; conntrack: established and reply packets pass without policy
	 104: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 105: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 107: MovReg dst: r2 src: rfp
	 108: AddImm dst: r2 imm: -152
	 109: Call FnMapLookupElem
	 110: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	 111: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 112: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 113: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 114: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 115: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 116: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 117: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 118: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 119: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 120: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 121: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 122: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 123: StMemB dst: rfp src: r0 off: -115 imm: 0
	 124: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 126: MovReg dst: r2 src: rfp
	 127: AddImm dst: r2 imm: -152
	 128: Call FnMapLookupElem
	 129: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	 130: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 131: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 132: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 133: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 134: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 135: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 136: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 137: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 138: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 139: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 140: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 141: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 142: StMemB dst: rfp src: r0 off: -115 imm: 1
ct_skip_2:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 143: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 145: MovReg dst: r2 src: rfp
	 146: AddImm dst: r2 imm: -136
	 147: Call FnMapLookupElem
	 148: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 149: StMemW dst: rfp src: r0 off: -100 imm: 32
	 150: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 151: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 152: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 154: MovReg dst: r2 src: rfp
	 155: AddImm dst: r2 imm: -100
	 156: Call FnMapLookupElem
	 157: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 158: StMemW dst: rfp src: r0 off: -80 imm: 9
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
	 167: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 168: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 169: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 170: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 171: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 172: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 173: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 174: MovImm dst: r7 imm: 0
	 175: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 176: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 177: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_3>
	 178: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_3>
	 179: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_3>
	 180: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_4>
	 181: Ja off: -1 <l4_6>
v6_opt_3:
	 182: MovReg dst: r0 src: r4
	 183: AddImm dst: r0 imm: 8
	 184: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 185: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 186: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 187: AddImm dst: r1 imm: 1
	 188: LShImm dst: r1 imm: 3
	 189: AddReg dst: r4 src: r1
	 190: Ja off: -1 <v6_ext_6>
v6_frag_4:
	 191: MovReg dst: r0 src: r4
	 192: AddImm dst: r0 imm: 8
	 193: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 194: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 195: SwapBE dst: r1 
	 196: AndImm dst: r1 imm: 65528
	 197: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_5>
	 198: OrImm dst: r7 imm: 768
	 199: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 200: Ja off: -1 <l4_6>
v6_fragfirst_5:
	 201: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 202: AddImm dst: r4 imm: 8
v6_ext_6:
	    ; IPv6 extension header 2
	 203: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 204: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 205: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 206: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 207: Ja off: -1 <l4_6>
v6_opt_7:
	 208: MovReg dst: r0 src: r4
	 209: AddImm dst: r0 imm: 8
	 210: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 211: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 212: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 213: AddImm dst: r1 imm: 1
	 214: LShImm dst: r1 imm: 3
	 215: AddReg dst: r4 src: r1
	 216: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 217: MovReg dst: r0 src: r4
	 218: AddImm dst: r0 imm: 8
	 219: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 220: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 221: SwapBE dst: r1 
	 222: AndImm dst: r1 imm: 65528
	 223: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 224: OrImm dst: r7 imm: 768
	 225: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 226: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 227: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 228: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 3
	 229: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 230: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 231: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 232: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 233: Ja off: -1 <l4_6>
v6_opt_11:
	 234: MovReg dst: r0 src: r4
	 235: AddImm dst: r0 imm: 8
	 236: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 237: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 238: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 239: AddImm dst: r1 imm: 1
	 240: LShImm dst: r1 imm: 3
	 241: AddReg dst: r4 src: r1
	 242: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 243: MovReg dst: r0 src: r4
	 244: AddImm dst: r0 imm: 8
	 245: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 246: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 247: SwapBE dst: r1 
	 248: AndImm dst: r1 imm: 65528
	 249: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 250: OrImm dst: r7 imm: 768
	 251: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 252: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 253: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 254: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 4
	 255: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 256: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 257: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 258: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 259: Ja off: -1 <l4_6>
v6_opt_15:
	 260: MovReg dst: r0 src: r4
	 261: AddImm dst: r0 imm: 8
	 262: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 263: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 264: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 265: AddImm dst: r1 imm: 1
	 266: LShImm dst: r1 imm: 3
	 267: AddReg dst: r4 src: r1
	 268: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 269: MovReg dst: r0 src: r4
	 270: AddImm dst: r0 imm: 8
	 271: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 272: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 273: SwapBE dst: r1 
	 274: AndImm dst: r1 imm: 65528
	 275: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 276: OrImm dst: r7 imm: 768
	 277: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 278: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 279: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 280: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 5
	 281: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 282: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 283: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 284: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 285: Ja off: -1 <l4_6>
v6_opt_19:
	 286: MovReg dst: r0 src: r4
	 287: AddImm dst: r0 imm: 8
	 288: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 289: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 290: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 291: AddImm dst: r1 imm: 1
	 292: LShImm dst: r1 imm: 3
	 293: AddReg dst: r4 src: r1
	 294: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 295: MovReg dst: r0 src: r4
	 296: AddImm dst: r0 imm: 8
	 297: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 298: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 299: SwapBE dst: r1 
	 300: AndImm dst: r1 imm: 65528
	 301: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 302: OrImm dst: r7 imm: 768
	 303: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 304: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 305: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 306: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 6
	 307: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 308: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 309: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 310: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 311: Ja off: -1 <l4_6>
v6_opt_23:
	 312: MovReg dst: r0 src: r4
	 313: AddImm dst: r0 imm: 8
	 314: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 315: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 316: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 317: AddImm dst: r1 imm: 1
	 318: LShImm dst: r1 imm: 3
	 319: AddReg dst: r4 src: r1
	 320: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 321: MovReg dst: r0 src: r4
	 322: AddImm dst: r0 imm: 8
	 323: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 324: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 325: SwapBE dst: r1 
	 326: AndImm dst: r1 imm: 65528
	 327: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 328: OrImm dst: r7 imm: 768
	 329: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 330: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 331: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 332: AddImm dst: r4 imm: 8
v6_ext_26:
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
	 340: StMemW dst: rfp src: r0 off: -120 imm: 0
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
	 359: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 360: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 361: SwapBE dst: r8 
	 362: Ja off: -1 <l4done_6>
l4done_6:
	 363: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 364: StMemB dst: rfp src: r0 off: -115 imm: 1
	 365: StMemB dst: rfp src: r0 off: -114 imm: 6
	 366: StMemB dst: rfp src: r0 off: -113 imm: 0
	 367: StMemW dst: rfp src: r0 off: -112 imm: 256
	 368: StMemB dst: rfp src: r0 off: -72 imm: 6
	    ; conntrack: established and reply packets pass without policy
	 369: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_30>
	 370: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 372: MovReg dst: r2 src: rfp
	 373: AddImm dst: r2 imm: -152
	 374: Call FnMapLookupElem
	 375: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	 376: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 377: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 378: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 379: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 380: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 381: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 382: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 383: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 384: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 385: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 386: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 387: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 388: StMemB dst: rfp src: r0 off: -115 imm: 0
	 389: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 391: MovReg dst: r2 src: rfp
	 392: AddImm dst: r2 imm: -152
	 393: Call FnMapLookupElem
	 394: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	 395: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 396: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 397: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 398: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 399: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 400: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 401: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 402: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 403: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 404: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 405: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 406: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 407: StMemB dst: rfp src: r0 off: -115 imm: 1
ct_skip_30:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 408: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 410: MovReg dst: r2 src: rfp
	 411: AddImm dst: r2 imm: -136
	 412: Call FnMapLookupElem
	 413: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 414: StMemW dst: rfp src: r0 off: -100 imm: 128
	 415: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 416: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 417: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 418: StXMemW dst: rfp src: r1 off: -92 imm: 0
	 419: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 420: StXMemW dst: rfp src: r1 off: -88 imm: 0
	 421: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 422: StXMemW dst: rfp src: r1 off: -84 imm: 0
	 423: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 425: MovReg dst: r2 src: rfp
	 426: AddImm dst: r2 imm: -100
	 427: Call FnMapLookupElem
	 428: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 429: StMemW dst: rfp src: r0 off: -80 imm: 10
	 430: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 431: StMemW dst: rfp src: r0 off: -76 imm: 3
	 432: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 434: MovReg dst: r2 src: rfp
	 435: AddImm dst: r2 imm: -76
	 436: Call FnMapLookupElem
	 437: JEqImm dst: r0 off: -1 imm: 0 <count_done_31>
	 438: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 439: AddImm dst: r1 imm: 1
	 440: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 441: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 442: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 443: AddReg dst: r2 src: r1
	 444: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_31:
	 445: MovImm dst: r0 imm: 0
	 446: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 447: StMemW dst: rfp src: r0 off: -76 imm: 4
	 448: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 450: MovReg dst: r2 src: rfp
	 451: AddImm dst: r2 imm: -76
	 452: Call FnMapLookupElem
	 453: JEqImm dst: r0 off: -1 imm: 0 <count_done_32>
	 454: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 455: AddImm dst: r1 imm: 1
	 456: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 457: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 458: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 459: AddReg dst: r2 src: r1
	 460: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_32:
	 461: MovImm dst: r0 imm: 0
	 462: Exit
have_identity:
	 463: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 464: StXMemW dst: rfp src: r1 off: -80 imm: 0
membership:
	    ; selector membership of the peer identity
	 465: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 467: MovReg dst: r2 src: rfp
	 468: AddImm dst: r2 imm: -80
	 469: Call FnMapLookupElem
	 470: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 471: MovReg dst: r9 src: r0
	 472: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 473: StMemW dst: rfp src: r0 off: -76 imm: 6
	 474: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 476: MovReg dst: r2 src: rfp
	 477: AddImm dst: r2 imm: -76
	 478: Call FnMapLookupElem
	 479: JEqImm dst: r0 off: -1 imm: 0 <count_done_33>
	 480: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 481: AddImm dst: r1 imm: 1
	 482: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 483: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 484: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 485: AddReg dst: r2 src: r1
	 486: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_33:
	 487: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 488: MovReg dst: r1 src: r7
	 489: AndImm dst: r1 imm: 511
	 490: JEqImm dst: r1 off: -1 imm: 1 <tree_1>
	 491: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 492: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 493: JEqImm dst: r1 off: -1 imm: 388 <class_4>
	 494: Ja off: -1 <class_0>
tree_1:
	    ; protocol 1: port compare tree over 5 intervals
	 495: JGEImm dst: r8 off: -1 imm: 129 <ge_34>
	 496: JGEImm dst: r8 off: -1 imm: 128 <ge_35>
	 497: Ja off: -1 <class_0>
ge_35:
	 498: Ja off: -1 <class_1>
ge_34:
	 499: JGEImm dst: r8 off: -1 imm: 135 <ge_36>
	 500: Ja off: -1 <class_0>
ge_36:
	 501: JGEImm dst: r8 off: -1 imm: 136 <ge_37>
	 502: Ja off: -1 <class_2>
ge_37:
	 503: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 3 intervals
	 504: JGEImm dst: r8 off: -1 imm: 22 <ge_38>
	 505: Ja off: -1 <class_0>
ge_38:
	 506: JGEImm dst: r8 off: -1 imm: 82 <ge_39>
	 507: Ja off: -1 <class_3>
ge_39:
	 508: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 1 intervals
	 509: Ja off: -1 <class_4>
class_0:
	    ; class 0: candidates in precedence order [5]
	 510: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 511: JSet32Imm dst: r1 off: -1 imm: 16 <c0_entry5_40>
	 512: Ja off: -1 <default>
c0_entry5_40:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 513: MovImm dst: r8 imm: 5
	 514: Ja off: -1 <verdict_deny>
class_1:
	    ; class 1: candidates in precedence order [5 8]
	 515: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 516: JSet32Imm dst: r1 off: -1 imm: 16 <c1_entry5_41>
	 517: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry8_42>
	 518: Ja off: -1 <default>
c1_entry5_41:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 519: MovImm dst: r8 imm: 5
	 520: Ja off: -1 <verdict_deny>
c1_entry8_42:
	    ; entry 8 allow peer={} proto=1 ports=128-128: ns/random random.yaml:8:3
	 521: MovImm dst: r8 imm: 8
	 522: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [5 9]
	 523: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 524: JSet32Imm dst: r1 off: -1 imm: 16 <c2_entry5_43>
	 525: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry9_44>
	 526: Ja off: -1 <default>
c2_entry5_43:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 527: MovImm dst: r8 imm: 5
	 528: Ja off: -1 <verdict_deny>
c2_entry9_44:
	    ; entry 9 allow peer={reserved.host=} proto=1 ports=135-135: ns/random random.yaml:9:3
	 529: MovImm dst: r8 imm: 9
	 530: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [5 6]
	 531: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 532: JSet32Imm dst: r1 off: -1 imm: 16 <c3_entry5_45>
	 533: JSet32Imm dst: r1 off: -1 imm: 1 <c3_entry6_46>
	 534: Ja off: -1 <default>
c3_entry5_45:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 535: MovImm dst: r8 imm: 5
	 536: Ja off: -1 <verdict_deny>
c3_entry6_46:
	    ; entry 6 deny peer={} proto=6 ports=22-81: ns/random random.yaml:6:3
	 537: MovImm dst: r8 imm: 6
	 538: Ja off: -1 <verdict_deny>
class_4:
	    ; class 4: candidates in precedence order [5 7]
	 539: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 540: JSet32Imm dst: r1 off: -1 imm: 16 <c4_entry5_47>
	 541: JSet32Imm dst: r1 off: -1 imm: 8 <c4_entry7_48>
	 542: Ja off: -1 <default>
c4_entry5_47:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 543: MovImm dst: r8 imm: 5
	 544: Ja off: -1 <verdict_deny>
c4_entry7_48:
	    ; entry 7 deny peer={k8s.app=b} proto=132 ports=0-65535: ns/random random.yaml:7:3
	 545: MovImm dst: r8 imm: 7
	 546: Ja off: -1 <verdict_deny>
default:
	    ; no entry matches: deny (enforced=true)
	 547: MovImm dst: r8 imm: 0
	 548: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 549: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 550: XorReg dst: r8 src: r1
	 551: XorReg dst: r8 src: r1
	 552: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 553: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 555: MovReg dst: r2 src: rfp
	 556: AddImm dst: r2 imm: -76
	 557: Call FnMapLookupElem
	 558: JEqImm dst: r0 off: -1 imm: 0 <count_done_49>
	 559: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 560: AddImm dst: r1 imm: 1
	 561: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 562: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 563: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 564: AddReg dst: r2 src: r1
	 565: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_49:
	 566: StMemW dst: rfp src: r0 off: -64 imm: 256
	 567: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 568: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 569: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 570: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 571: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 572: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 573: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 574: LShImm dst: r2 imm: 24
	 575: OrReg dst: r1 src: r2
	 576: OrImm dst: r1 imm: 65536
	 577: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 578: StMemW dst: rfp src: r0 off: -44 imm: 0
	 579: StMemW dst: rfp src: r0 off: -40 imm: 0
	 580: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 581: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 582: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 583: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 584: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 585: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 586: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 587: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 588: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 589: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 590: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 591: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 592: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 593: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 594: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 595: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 596: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 598: MovReg dst: r2 src: rfp
	 599: AddImm dst: r2 imm: -64
	 600: MovImm dst: r3 imm: 60
	 601: MovImm dst: r4 imm: 0
	 602: Call FnRingbufOutput
	 603: MovImm dst: r0 imm: 2
	 604: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 605: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 606: XorReg dst: r8 src: r1
	 607: XorReg dst: r8 src: r1
	 608: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 609: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 611: MovReg dst: r2 src: rfp
	 612: AddImm dst: r2 imm: -76
	 613: Call FnMapLookupElem
	 614: JEqImm dst: r0 off: -1 imm: 0 <count_done_50>
	 615: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 616: AddImm dst: r1 imm: 1
	 617: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 618: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 619: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 620: AddReg dst: r2 src: r1
	 621: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_50:
	 622: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_51>
	 623: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 624: StMemH dst: rfp src: r0 off: -104 imm: 0
	 625: StMemB dst: rfp src: r0 off: -102 imm: 1
	 626: StMemB dst: rfp src: r0 off: -101 imm: 0
	 627: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 629: MovReg dst: r2 src: rfp
	 630: AddImm dst: r2 imm: -152
	 631: MovReg dst: r3 src: rfp
	 632: AddImm dst: r3 imm: -108
	 633: MovImm dst: r4 imm: 0
	 634: Call FnMapUpdateElem
ct_norecord_51:
	 635: StMemW dst: rfp src: r0 off: -64 imm: 256
	 636: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 637: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 638: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 639: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 640: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 641: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 642: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 643: LShImm dst: r2 imm: 24
	 644: OrReg dst: r1 src: r2
	 645: OrImm dst: r1 imm: 65792
	 646: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 647: StMemW dst: rfp src: r0 off: -44 imm: 0
	 648: StMemW dst: rfp src: r0 off: -40 imm: 0
	 649: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 650: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 651: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 652: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 653: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 654: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 655: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 656: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 657: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 658: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 659: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 660: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 661: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 662: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 663: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 664: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 665: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 667: MovReg dst: r2 src: rfp
	 668: AddImm dst: r2 imm: -64
	 669: MovImm dst: r3 imm: 60
	 670: MovImm dst: r4 imm: 0
	 671: Call FnRingbufOutput
	 672: MovImm dst: r0 imm: 0
	 673: Exit
malformed:
	    ; truncated or malformed header: drop
	 674: StMemW dst: rfp src: r0 off: -76 imm: 2
	 675: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 677: MovReg dst: r2 src: rfp
	 678: AddImm dst: r2 imm: -76
	 679: Call FnMapLookupElem
	 680: JEqImm dst: r0 off: -1 imm: 0 <count_done_52>
	 681: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 682: AddImm dst: r1 imm: 1
	 683: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 684: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 685: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 686: AddReg dst: r2 src: r1
	 687: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_52:
	 688: MovImm dst: r0 imm: 2
	 689: Exit

== subject-257 policy_ingress (section tcx/egress, enforced=false, 499 instructions)
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
	   ; conntrack: established and reply packets pass without policy
	 89: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 90: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 92: MovReg dst: r2 src: rfp
	 93: AddImm dst: r2 imm: -152
	 94: Call FnMapLookupElem
	 95: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	 96: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 97: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 98: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 99: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	100: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	101: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	102: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	103: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	104: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	105: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	106: StXMemH dst: rfp src: r2 off: -120 imm: 0
	107: StXMemH dst: rfp src: r1 off: -118 imm: 0
	108: StMemB dst: rfp src: r0 off: -115 imm: 1
	109: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	111: MovReg dst: r2 src: rfp
	112: AddImm dst: r2 imm: -152
	113: Call FnMapLookupElem
	114: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	115: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	116: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	117: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	118: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	119: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	120: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	121: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	122: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	123: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	124: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	125: StXMemH dst: rfp src: r2 off: -120 imm: 0
	126: StXMemH dst: rfp src: r1 off: -118 imm: 0
	127: StMemB dst: rfp src: r0 off: -115 imm: 0
ct_skip_2:
	128: StMemW dst: rfp src: r0 off: -80 imm: 0
	129: Ja off: -1 <default>
ipv6:
	   ; IPv6 header
	130: MovReg dst: r0 src: r4
	131: AddImm dst: r0 imm: 40
	132: JGTReg dst: r0 off: -1 src: r3 <malformed>
	133: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	134: AndImm dst: r1 imm: 240
	135: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	136: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	137: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	138: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	139: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	140: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	141: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	142: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	143: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	144: MovImm dst: r7 imm: 0
	145: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	146: AddImm dst: r4 imm: 40
	   ; IPv6 extension header 1
	147: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_3>
	148: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_3>
	149: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_3>
	150: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_4>
	151: Ja off: -1 <l4_6>
v6_opt_3:
	152: MovReg dst: r0 src: r4
	153: AddImm dst: r0 imm: 8
	154: JGTReg dst: r0 off: -1 src: r3 <malformed>
	155: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	156: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	157: AddImm dst: r1 imm: 1
	158: LShImm dst: r1 imm: 3
	159: AddReg dst: r4 src: r1
	160: Ja off: -1 <v6_ext_6>
v6_frag_4:
	161: MovReg dst: r0 src: r4
	162: AddImm dst: r0 imm: 8
	163: JGTReg dst: r0 off: -1 src: r3 <malformed>
	164: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	165: SwapBE dst: r1 
	166: AndImm dst: r1 imm: 65528
	167: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_5>
	168: OrImm dst: r7 imm: 768
	169: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	170: Ja off: -1 <l4_6>
v6_fragfirst_5:
	171: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	172: AddImm dst: r4 imm: 8
v6_ext_6:
	   ; IPv6 extension header 2
	173: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	174: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	175: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	176: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	177: Ja off: -1 <l4_6>
v6_opt_7:
	178: MovReg dst: r0 src: r4
	179: AddImm dst: r0 imm: 8
	180: JGTReg dst: r0 off: -1 src: r3 <malformed>
	181: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	182: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	183: AddImm dst: r1 imm: 1
	184: LShImm dst: r1 imm: 3
	185: AddReg dst: r4 src: r1
	186: Ja off: -1 <v6_ext_10>
v6_frag_8:
	187: MovReg dst: r0 src: r4
	188: AddImm dst: r0 imm: 8
	189: JGTReg dst: r0 off: -1 src: r3 <malformed>
	190: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	191: SwapBE dst: r1 
	192: AndImm dst: r1 imm: 65528
	193: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	194: OrImm dst: r7 imm: 768
	195: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	196: Ja off: -1 <l4_6>
v6_fragfirst_9:
	197: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	198: AddImm dst: r4 imm: 8
v6_ext_10:
	   ; IPv6 extension header 3
	199: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	200: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	201: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	202: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	203: Ja off: -1 <l4_6>
v6_opt_11:
	204: MovReg dst: r0 src: r4
	205: AddImm dst: r0 imm: 8
	206: JGTReg dst: r0 off: -1 src: r3 <malformed>
	207: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	208: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	209: AddImm dst: r1 imm: 1
	210: LShImm dst: r1 imm: 3
	211: AddReg dst: r4 src: r1
	212: Ja off: -1 <v6_ext_14>
v6_frag_12:
	213: MovReg dst: r0 src: r4
	214: AddImm dst: r0 imm: 8
	215: JGTReg dst: r0 off: -1 src: r3 <malformed>
	216: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	217: SwapBE dst: r1 
	218: AndImm dst: r1 imm: 65528
	219: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	220: OrImm dst: r7 imm: 768
	221: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	222: Ja off: -1 <l4_6>
v6_fragfirst_13:
	223: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	224: AddImm dst: r4 imm: 8
v6_ext_14:
	   ; IPv6 extension header 4
	225: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	226: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	227: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	228: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	229: Ja off: -1 <l4_6>
v6_opt_15:
	230: MovReg dst: r0 src: r4
	231: AddImm dst: r0 imm: 8
	232: JGTReg dst: r0 off: -1 src: r3 <malformed>
	233: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	234: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	235: AddImm dst: r1 imm: 1
	236: LShImm dst: r1 imm: 3
	237: AddReg dst: r4 src: r1
	238: Ja off: -1 <v6_ext_18>
v6_frag_16:
	239: MovReg dst: r0 src: r4
	240: AddImm dst: r0 imm: 8
	241: JGTReg dst: r0 off: -1 src: r3 <malformed>
	242: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	243: SwapBE dst: r1 
	244: AndImm dst: r1 imm: 65528
	245: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	246: OrImm dst: r7 imm: 768
	247: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	248: Ja off: -1 <l4_6>
v6_fragfirst_17:
	249: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	250: AddImm dst: r4 imm: 8
v6_ext_18:
	   ; IPv6 extension header 5
	251: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	252: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	253: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	254: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	255: Ja off: -1 <l4_6>
v6_opt_19:
	256: MovReg dst: r0 src: r4
	257: AddImm dst: r0 imm: 8
	258: JGTReg dst: r0 off: -1 src: r3 <malformed>
	259: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	260: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	261: AddImm dst: r1 imm: 1
	262: LShImm dst: r1 imm: 3
	263: AddReg dst: r4 src: r1
	264: Ja off: -1 <v6_ext_22>
v6_frag_20:
	265: MovReg dst: r0 src: r4
	266: AddImm dst: r0 imm: 8
	267: JGTReg dst: r0 off: -1 src: r3 <malformed>
	268: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	269: SwapBE dst: r1 
	270: AndImm dst: r1 imm: 65528
	271: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	272: OrImm dst: r7 imm: 768
	273: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	274: Ja off: -1 <l4_6>
v6_fragfirst_21:
	275: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	276: AddImm dst: r4 imm: 8
v6_ext_22:
	   ; IPv6 extension header 6
	277: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	278: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	279: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	280: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	281: Ja off: -1 <l4_6>
v6_opt_23:
	282: MovReg dst: r0 src: r4
	283: AddImm dst: r0 imm: 8
	284: JGTReg dst: r0 off: -1 src: r3 <malformed>
	285: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	286: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	287: AddImm dst: r1 imm: 1
	288: LShImm dst: r1 imm: 3
	289: AddReg dst: r4 src: r1
	290: Ja off: -1 <v6_ext_26>
v6_frag_24:
	291: MovReg dst: r0 src: r4
	292: AddImm dst: r0 imm: 8
	293: JGTReg dst: r0 off: -1 src: r3 <malformed>
	294: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	295: SwapBE dst: r1 
	296: AndImm dst: r1 imm: 65528
	297: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	298: OrImm dst: r7 imm: 768
	299: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	300: Ja off: -1 <l4_6>
v6_fragfirst_25:
	301: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	302: AddImm dst: r4 imm: 8
v6_ext_26:
	   ; IPv6 extension header 7
	303: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	304: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	305: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	306: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	307: Ja off: -1 <l4_6>
l4_6:
	   ; transport header (IPv6)
	308: OrReg dst: r7 src: r5
	309: MovImm dst: r8 imm: 0
	310: StMemW dst: rfp src: r0 off: -120 imm: 0
	311: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	312: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	313: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	314: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	315: Ja off: -1 <l4done_6>
tcp_6:
	316: MovReg dst: r0 src: r4
	317: AddImm dst: r0 imm: 20
	318: JGTReg dst: r0 off: -1 src: r3 <malformed>
	319: Ja off: -1 <ports_6>
udp_6:
	320: MovReg dst: r0 src: r4
	321: AddImm dst: r0 imm: 8
	322: JGTReg dst: r0 off: -1 src: r3 <malformed>
	323: Ja off: -1 <ports_6>
sctp_6:
	324: MovReg dst: r0 src: r4
	325: AddImm dst: r0 imm: 12
	326: JGTReg dst: r0 off: -1 src: r3 <malformed>
	327: Ja off: -1 <ports_6>
ports_6:
	328: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	329: StXMemW dst: rfp src: r1 off: -120 imm: 0
	330: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	331: SwapBE dst: r8 
	332: Ja off: -1 <l4done_6>
l4done_6:
	333: StXMemB dst: rfp src: r5 off: -116 imm: 0
	334: StMemB dst: rfp src: r0 off: -115 imm: 0
	335: StMemB dst: rfp src: r0 off: -114 imm: 6
	336: StMemB dst: rfp src: r0 off: -113 imm: 0
	337: StMemW dst: rfp src: r0 off: -112 imm: 257
	338: StMemB dst: rfp src: r0 off: -72 imm: 6
	   ; conntrack: established and reply packets pass without policy
	339: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_30>
	340: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	342: MovReg dst: r2 src: rfp
	343: AddImm dst: r2 imm: -152
	344: Call FnMapLookupElem
	345: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	346: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	347: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	348: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	349: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	350: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	351: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	352: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	353: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	354: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	355: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	356: StXMemH dst: rfp src: r2 off: -120 imm: 0
	357: StXMemH dst: rfp src: r1 off: -118 imm: 0
	358: StMemB dst: rfp src: r0 off: -115 imm: 1
	359: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	361: MovReg dst: r2 src: rfp
	362: AddImm dst: r2 imm: -152
	363: Call FnMapLookupElem
	364: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	365: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	366: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	367: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	368: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	369: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	370: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	371: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	372: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	373: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	374: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	375: StXMemH dst: rfp src: r2 off: -120 imm: 0
	376: StXMemH dst: rfp src: r1 off: -118 imm: 0
	377: StMemB dst: rfp src: r0 off: -115 imm: 0
ct_skip_30:
	378: StMemW dst: rfp src: r0 off: -80 imm: 0
	379: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	380: StMemW dst: rfp src: r0 off: -76 imm: 3
	381: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	383: MovReg dst: r2 src: rfp
	384: AddImm dst: r2 imm: -76
	385: Call FnMapLookupElem
	386: JEqImm dst: r0 off: -1 imm: 0 <count_done_31>
	387: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	388: AddImm dst: r1 imm: 1
	389: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	390: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	391: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	392: AddReg dst: r2 src: r1
	393: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_31:
	394: MovImm dst: r0 imm: 0
	395: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	396: StMemW dst: rfp src: r0 off: -76 imm: 4
	397: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	399: MovReg dst: r2 src: rfp
	400: AddImm dst: r2 imm: -76
	401: Call FnMapLookupElem
	402: JEqImm dst: r0 off: -1 imm: 0 <count_done_32>
	403: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	404: AddImm dst: r1 imm: 1
	405: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	406: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	407: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	408: AddReg dst: r2 src: r1
	409: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_32:
	410: MovImm dst: r0 imm: 0
	411: Exit
default:
	   ; no entry matches: allow (enforced=false)
	412: MovImm dst: r8 imm: 0
	413: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	414: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	415: XorReg dst: r8 src: r1
	416: XorReg dst: r8 src: r1
	417: StXMemW dst: rfp src: r8 off: -76 imm: 0
	418: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	420: MovReg dst: r2 src: rfp
	421: AddImm dst: r2 imm: -76
	422: Call FnMapLookupElem
	423: JEqImm dst: r0 off: -1 imm: 0 <count_done_33>
	424: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	425: AddImm dst: r1 imm: 1
	426: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	427: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	428: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	429: AddReg dst: r2 src: r1
	430: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_33:
	431: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_34>
	432: StXMemW dst: rfp src: r8 off: -108 imm: 0
	433: StMemH dst: rfp src: r0 off: -104 imm: 0
	434: StMemB dst: rfp src: r0 off: -102 imm: 1
	435: StMemB dst: rfp src: r0 off: -101 imm: 0
	436: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	438: MovReg dst: r2 src: rfp
	439: AddImm dst: r2 imm: -152
	440: MovReg dst: r3 src: rfp
	441: AddImm dst: r3 imm: -108
	442: MovImm dst: r4 imm: 0
	443: Call FnMapUpdateElem
ct_norecord_34:
	444: StMemW dst: rfp src: r0 off: -60 imm: 257
	445: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	446: StXMemW dst: rfp src: r1 off: -64 imm: 0
	447: StXMemW dst: rfp src: r8 off: -56 imm: 0
	448: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	449: StXMemW dst: rfp src: r1 off: -52 imm: 0
	450: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	451: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	452: LShImm dst: r2 imm: 24
	453: OrReg dst: r1 src: r2
	454: OrImm dst: r1 imm: 256
	455: StXMemW dst: rfp src: r1 off: -48 imm: 0
	456: StMemW dst: rfp src: r0 off: -44 imm: 0
	457: StMemW dst: rfp src: r0 off: -40 imm: 0
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
	474: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	476: MovReg dst: r2 src: rfp
	477: AddImm dst: r2 imm: -64
	478: MovImm dst: r3 imm: 60
	479: MovImm dst: r4 imm: 0
	480: Call FnRingbufOutput
	481: MovImm dst: r0 imm: 0
	482: Exit
malformed:
	   ; truncated or malformed header: drop
	483: StMemW dst: rfp src: r0 off: -76 imm: 2
	484: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	486: MovReg dst: r2 src: rfp
	487: AddImm dst: r2 imm: -76
	488: Call FnMapLookupElem
	489: JEqImm dst: r0 off: -1 imm: 0 <count_done_35>
	490: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	491: AddImm dst: r1 imm: 1
	492: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	493: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	494: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	495: AddReg dst: r2 src: r1
	496: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_35:
	497: MovImm dst: r0 imm: 2
	498: Exit

== subject-257 policy_egress (section tcx/ingress, enforced=true, 660 instructions)
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
	    ; conntrack: established and reply packets pass without policy
	  89: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	  90: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	  92: MovReg dst: r2 src: rfp
	  93: AddImm dst: r2 imm: -152
	  94: Call FnMapLookupElem
	  95: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	  96: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	  97: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	  98: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	  99: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 100: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 101: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 102: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 103: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 104: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 105: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 106: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 107: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 108: StMemB dst: rfp src: r0 off: -115 imm: 0
	 109: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 111: MovReg dst: r2 src: rfp
	 112: AddImm dst: r2 imm: -152
	 113: Call FnMapLookupElem
	 114: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	 115: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 116: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 117: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 118: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 119: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 120: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 121: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 122: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 123: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 124: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 125: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 126: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 127: StMemB dst: rfp src: r0 off: -115 imm: 1
ct_skip_2:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 128: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 130: MovReg dst: r2 src: rfp
	 131: AddImm dst: r2 imm: -136
	 132: Call FnMapLookupElem
	 133: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 134: StMemW dst: rfp src: r0 off: -100 imm: 32
	 135: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 136: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 137: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 139: MovReg dst: r2 src: rfp
	 140: AddImm dst: r2 imm: -100
	 141: Call FnMapLookupElem
	 142: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 143: StMemW dst: rfp src: r0 off: -80 imm: 9
	 144: Ja off: -1 <membership>
ipv6:
	    ; IPv6 header
	 145: MovReg dst: r0 src: r4
	 146: AddImm dst: r0 imm: 40
	 147: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 148: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 149: AndImm dst: r1 imm: 240
	 150: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 151: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 152: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 153: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 154: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 155: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 156: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	 157: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 158: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 159: MovImm dst: r7 imm: 0
	 160: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 161: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 162: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_3>
	 163: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_3>
	 164: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_3>
	 165: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_4>
	 166: Ja off: -1 <l4_6>
v6_opt_3:
	 167: MovReg dst: r0 src: r4
	 168: AddImm dst: r0 imm: 8
	 169: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 170: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 171: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 172: AddImm dst: r1 imm: 1
	 173: LShImm dst: r1 imm: 3
	 174: AddReg dst: r4 src: r1
	 175: Ja off: -1 <v6_ext_6>
v6_frag_4:
	 176: MovReg dst: r0 src: r4
	 177: AddImm dst: r0 imm: 8
	 178: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 179: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 180: SwapBE dst: r1 
	 181: AndImm dst: r1 imm: 65528
	 182: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_5>
	 183: OrImm dst: r7 imm: 768
	 184: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 185: Ja off: -1 <l4_6>
v6_fragfirst_5:
	 186: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 187: AddImm dst: r4 imm: 8
v6_ext_6:
	    ; IPv6 extension header 2
	 188: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 189: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 190: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 191: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 192: Ja off: -1 <l4_6>
v6_opt_7:
	 193: MovReg dst: r0 src: r4
	 194: AddImm dst: r0 imm: 8
	 195: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 196: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 197: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 198: AddImm dst: r1 imm: 1
	 199: LShImm dst: r1 imm: 3
	 200: AddReg dst: r4 src: r1
	 201: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 202: MovReg dst: r0 src: r4
	 203: AddImm dst: r0 imm: 8
	 204: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 205: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 206: SwapBE dst: r1 
	 207: AndImm dst: r1 imm: 65528
	 208: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 209: OrImm dst: r7 imm: 768
	 210: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 211: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 212: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 213: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 3
	 214: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 215: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 216: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 217: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 218: Ja off: -1 <l4_6>
v6_opt_11:
	 219: MovReg dst: r0 src: r4
	 220: AddImm dst: r0 imm: 8
	 221: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 222: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 223: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 224: AddImm dst: r1 imm: 1
	 225: LShImm dst: r1 imm: 3
	 226: AddReg dst: r4 src: r1
	 227: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 228: MovReg dst: r0 src: r4
	 229: AddImm dst: r0 imm: 8
	 230: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 231: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 232: SwapBE dst: r1 
	 233: AndImm dst: r1 imm: 65528
	 234: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 235: OrImm dst: r7 imm: 768
	 236: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 237: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 238: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 239: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 4
	 240: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 241: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 242: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 243: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 244: Ja off: -1 <l4_6>
v6_opt_15:
	 245: MovReg dst: r0 src: r4
	 246: AddImm dst: r0 imm: 8
	 247: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 248: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 249: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 250: AddImm dst: r1 imm: 1
	 251: LShImm dst: r1 imm: 3
	 252: AddReg dst: r4 src: r1
	 253: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 254: MovReg dst: r0 src: r4
	 255: AddImm dst: r0 imm: 8
	 256: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 257: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 258: SwapBE dst: r1 
	 259: AndImm dst: r1 imm: 65528
	 260: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 261: OrImm dst: r7 imm: 768
	 262: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 263: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 264: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 265: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 5
	 266: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 267: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 268: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 269: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 270: Ja off: -1 <l4_6>
v6_opt_19:
	 271: MovReg dst: r0 src: r4
	 272: AddImm dst: r0 imm: 8
	 273: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 274: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 275: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 276: AddImm dst: r1 imm: 1
	 277: LShImm dst: r1 imm: 3
	 278: AddReg dst: r4 src: r1
	 279: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 280: MovReg dst: r0 src: r4
	 281: AddImm dst: r0 imm: 8
	 282: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 283: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 284: SwapBE dst: r1 
	 285: AndImm dst: r1 imm: 65528
	 286: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 287: OrImm dst: r7 imm: 768
	 288: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 289: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 290: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 291: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 6
	 292: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 293: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 294: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 295: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 296: Ja off: -1 <l4_6>
v6_opt_23:
	 297: MovReg dst: r0 src: r4
	 298: AddImm dst: r0 imm: 8
	 299: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 300: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 301: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 302: AddImm dst: r1 imm: 1
	 303: LShImm dst: r1 imm: 3
	 304: AddReg dst: r4 src: r1
	 305: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 306: MovReg dst: r0 src: r4
	 307: AddImm dst: r0 imm: 8
	 308: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 309: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 310: SwapBE dst: r1 
	 311: AndImm dst: r1 imm: 65528
	 312: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 313: OrImm dst: r7 imm: 768
	 314: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 315: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 316: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 317: AddImm dst: r4 imm: 8
v6_ext_26:
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
	 325: StMemW dst: rfp src: r0 off: -120 imm: 0
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
	 344: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 345: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 346: SwapBE dst: r8 
	 347: Ja off: -1 <l4done_6>
l4done_6:
	 348: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 349: StMemB dst: rfp src: r0 off: -115 imm: 1
	 350: StMemB dst: rfp src: r0 off: -114 imm: 6
	 351: StMemB dst: rfp src: r0 off: -113 imm: 0
	 352: StMemW dst: rfp src: r0 off: -112 imm: 257
	 353: StMemB dst: rfp src: r0 off: -72 imm: 6
	    ; conntrack: established and reply packets pass without policy
	 354: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_30>
	 355: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 357: MovReg dst: r2 src: rfp
	 358: AddImm dst: r2 imm: -152
	 359: Call FnMapLookupElem
	 360: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	 361: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 362: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 363: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 364: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 365: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 366: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 367: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 368: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 369: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 370: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 371: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 372: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 373: StMemB dst: rfp src: r0 off: -115 imm: 0
	 374: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 376: MovReg dst: r2 src: rfp
	 377: AddImm dst: r2 imm: -152
	 378: Call FnMapLookupElem
	 379: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	 380: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 381: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 382: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 383: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 384: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 385: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 386: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 387: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 388: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 389: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 390: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 391: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 392: StMemB dst: rfp src: r0 off: -115 imm: 1
ct_skip_30:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 393: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 395: MovReg dst: r2 src: rfp
	 396: AddImm dst: r2 imm: -136
	 397: Call FnMapLookupElem
	 398: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 399: StMemW dst: rfp src: r0 off: -100 imm: 128
	 400: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 401: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 402: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 403: StXMemW dst: rfp src: r1 off: -92 imm: 0
	 404: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 405: StXMemW dst: rfp src: r1 off: -88 imm: 0
	 406: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 407: StXMemW dst: rfp src: r1 off: -84 imm: 0
	 408: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 410: MovReg dst: r2 src: rfp
	 411: AddImm dst: r2 imm: -100
	 412: Call FnMapLookupElem
	 413: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 414: StMemW dst: rfp src: r0 off: -80 imm: 10
	 415: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 416: StMemW dst: rfp src: r0 off: -76 imm: 3
	 417: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 419: MovReg dst: r2 src: rfp
	 420: AddImm dst: r2 imm: -76
	 421: Call FnMapLookupElem
	 422: JEqImm dst: r0 off: -1 imm: 0 <count_done_31>
	 423: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 424: AddImm dst: r1 imm: 1
	 425: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 426: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 427: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 428: AddReg dst: r2 src: r1
	 429: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_31:
	 430: MovImm dst: r0 imm: 0
	 431: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 432: StMemW dst: rfp src: r0 off: -76 imm: 4
	 433: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 435: MovReg dst: r2 src: rfp
	 436: AddImm dst: r2 imm: -76
	 437: Call FnMapLookupElem
	 438: JEqImm dst: r0 off: -1 imm: 0 <count_done_32>
	 439: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 440: AddImm dst: r1 imm: 1
	 441: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 442: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 443: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 444: AddReg dst: r2 src: r1
	 445: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_32:
	 446: MovImm dst: r0 imm: 0
	 447: Exit
have_identity:
	 448: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 449: StXMemW dst: rfp src: r1 off: -80 imm: 0
membership:
	    ; selector membership of the peer identity
	 450: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 452: MovReg dst: r2 src: rfp
	 453: AddImm dst: r2 imm: -80
	 454: Call FnMapLookupElem
	 455: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 456: MovReg dst: r9 src: r0
	 457: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 458: StMemW dst: rfp src: r0 off: -76 imm: 6
	 459: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 461: MovReg dst: r2 src: rfp
	 462: AddImm dst: r2 imm: -76
	 463: Call FnMapLookupElem
	 464: JEqImm dst: r0 off: -1 imm: 0 <count_done_33>
	 465: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 466: AddImm dst: r1 imm: 1
	 467: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 468: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 469: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 470: AddReg dst: r2 src: r1
	 471: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_33:
	 472: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 473: MovReg dst: r1 src: r7
	 474: AndImm dst: r1 imm: 511
	 475: JEqImm dst: r1 off: -1 imm: 17 <tree_17>
	 476: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 477: Ja off: -1 <class_0>
tree_17:
	    ; protocol 17: port compare tree over 4 intervals
	 478: JGEImm dst: r8 off: -1 imm: 10000 <ge_34>
	 479: JGEImm dst: r8 off: -1 imm: 1023 <ge_35>
	 480: Ja off: -1 <class_0>
ge_35:
	 481: Ja off: -1 <class_1>
ge_34:
	 482: JGEImm dst: r8 off: -1 imm: 10001 <ge_36>
	 483: Ja off: -1 <class_2>
ge_36:
	 484: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 2 intervals
	 485: JGEImm dst: r8 off: -1 imm: 80 <ge_37>
	 486: Ja off: -1 <class_3>
ge_37:
	 487: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order [13]
	 488: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 489: JSet32Imm dst: r1 off: -1 imm: 4 <c0_entry13_38>
	 490: Ja off: -1 <default>
c0_entry13_38:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 491: MovImm dst: r8 imm: 13
	 492: Ja off: -1 <verdict_deny>
class_1:
	    ; class 1: candidates in precedence order [13 11]
	 493: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 494: JSet32Imm dst: r1 off: -1 imm: 4 <c1_entry13_39>
	 495: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry11_40>
	 496: Ja off: -1 <default>
c1_entry13_39:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 497: MovImm dst: r8 imm: 13
	 498: Ja off: -1 <verdict_deny>
c1_entry11_40:
	    ; entry 11 allow peer={} proto=17 ports=1023-9999: ns/random random.yaml:11:3
	 499: MovImm dst: r8 imm: 11
	 500: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [13 10]
	 501: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 502: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry13_41>
	 503: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry10_42>
	 504: Ja off: -1 <default>
c2_entry13_41:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 505: MovImm dst: r8 imm: 13
	 506: Ja off: -1 <verdict_deny>
c2_entry10_42:
	    ; entry 10 allow peer={reserved.host=} proto=17 ports=10000-10000: ns/random random.yaml:10:3
	 507: MovImm dst: r8 imm: 10
	 508: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [13 12]
	 509: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 510: JSet32Imm dst: r1 off: -1 imm: 4 <c3_entry13_43>
	 511: JSet32Imm dst: r1 off: -1 imm: 16 <c3_entry12_44>
	 512: Ja off: -1 <default>
c3_entry13_43:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 513: MovImm dst: r8 imm: 13
	 514: Ja off: -1 <verdict_deny>
c3_entry12_44:
	    ; entry 12 allow peer={!any.env} proto=132 ports=0-79: ns/random random.yaml:12:3
	 515: MovImm dst: r8 imm: 12
	 516: Ja off: -1 <verdict_allow>
default:
	    ; no entry matches: deny (enforced=true)
	 517: MovImm dst: r8 imm: 0
	 518: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 519: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 520: XorReg dst: r8 src: r1
	 521: XorReg dst: r8 src: r1
	 522: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 523: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 525: MovReg dst: r2 src: rfp
	 526: AddImm dst: r2 imm: -76
	 527: Call FnMapLookupElem
	 528: JEqImm dst: r0 off: -1 imm: 0 <count_done_45>
	 529: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 530: AddImm dst: r1 imm: 1
	 531: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 532: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 533: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 534: AddReg dst: r2 src: r1
	 535: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_45:
	 536: StMemW dst: rfp src: r0 off: -64 imm: 257
	 537: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 538: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 539: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 540: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 541: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 542: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 543: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 544: LShImm dst: r2 imm: 24
	 545: OrReg dst: r1 src: r2
	 546: OrImm dst: r1 imm: 65536
	 547: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 548: StMemW dst: rfp src: r0 off: -44 imm: 0
	 549: StMemW dst: rfp src: r0 off: -40 imm: 0
	 550: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 551: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 552: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 553: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 554: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 555: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 556: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 557: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 558: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 559: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 560: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 561: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 562: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 563: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 564: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 565: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 566: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 568: MovReg dst: r2 src: rfp
	 569: AddImm dst: r2 imm: -64
	 570: MovImm dst: r3 imm: 60
	 571: MovImm dst: r4 imm: 0
	 572: Call FnRingbufOutput
	 573: MovImm dst: r0 imm: 2
	 574: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 575: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 576: XorReg dst: r8 src: r1
	 577: XorReg dst: r8 src: r1
	 578: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 579: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 581: MovReg dst: r2 src: rfp
	 582: AddImm dst: r2 imm: -76
	 583: Call FnMapLookupElem
	 584: JEqImm dst: r0 off: -1 imm: 0 <count_done_46>
	 585: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 586: AddImm dst: r1 imm: 1
	 587: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 588: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 589: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 590: AddReg dst: r2 src: r1
	 591: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_46:
	 592: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_47>
	 593: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 594: StMemH dst: rfp src: r0 off: -104 imm: 0
	 595: StMemB dst: rfp src: r0 off: -102 imm: 1
	 596: StMemB dst: rfp src: r0 off: -101 imm: 0
	 597: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 599: MovReg dst: r2 src: rfp
	 600: AddImm dst: r2 imm: -152
	 601: MovReg dst: r3 src: rfp
	 602: AddImm dst: r3 imm: -108
	 603: MovImm dst: r4 imm: 0
	 604: Call FnMapUpdateElem
ct_norecord_47:
	 605: StMemW dst: rfp src: r0 off: -64 imm: 257
	 606: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 607: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 608: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 609: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 610: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 611: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 612: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 613: LShImm dst: r2 imm: 24
	 614: OrReg dst: r1 src: r2
	 615: OrImm dst: r1 imm: 65792
	 616: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 617: StMemW dst: rfp src: r0 off: -44 imm: 0
	 618: StMemW dst: rfp src: r0 off: -40 imm: 0
	 619: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 620: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 621: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 622: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 623: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 624: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 625: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 626: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 627: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 628: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 629: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 630: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 631: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 632: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 633: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 634: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 635: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 637: MovReg dst: r2 src: rfp
	 638: AddImm dst: r2 imm: -64
	 639: MovImm dst: r3 imm: 60
	 640: MovImm dst: r4 imm: 0
	 641: Call FnRingbufOutput
	 642: MovImm dst: r0 imm: 0
	 643: Exit
malformed:
	    ; truncated or malformed header: drop
	 644: StMemW dst: rfp src: r0 off: -76 imm: 2
	 645: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 647: MovReg dst: r2 src: rfp
	 648: AddImm dst: r2 imm: -76
	 649: Call FnMapLookupElem
	 650: JEqImm dst: r0 off: -1 imm: 0 <count_done_48>
	 651: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 652: AddImm dst: r1 imm: 1
	 653: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 654: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 655: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 656: AddReg dst: r2 src: r1
	 657: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_48:
	 658: MovImm dst: r0 imm: 2
	 659: Exit

== subject-258 policy_ingress (section tcx/egress, enforced=false, 489 instructions)
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
	   ; conntrack: established and reply packets pass without policy
	 84: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 85: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 87: MovReg dst: r2 src: rfp
	 88: AddImm dst: r2 imm: -152
	 89: Call FnMapLookupElem
	 90: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	 91: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 92: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 93: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 94: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 95: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 96: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 97: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 98: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 99: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	100: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	101: StXMemH dst: rfp src: r2 off: -120 imm: 0
	102: StXMemH dst: rfp src: r1 off: -118 imm: 0
	103: StMemB dst: rfp src: r0 off: -115 imm: 1
	104: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	106: MovReg dst: r2 src: rfp
	107: AddImm dst: r2 imm: -152
	108: Call FnMapLookupElem
	109: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	110: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	111: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	112: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	113: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	114: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	115: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	116: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	117: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	118: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	119: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	120: StXMemH dst: rfp src: r2 off: -120 imm: 0
	121: StXMemH dst: rfp src: r1 off: -118 imm: 0
	122: StMemB dst: rfp src: r0 off: -115 imm: 0
ct_skip_2:
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
	142: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_3>
	143: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_3>
	144: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_3>
	145: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_4>
	146: Ja off: -1 <l4_6>
v6_opt_3:
	147: MovReg dst: r0 src: r4
	148: AddImm dst: r0 imm: 8
	149: JGTReg dst: r0 off: -1 src: r3 <malformed>
	150: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	151: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	152: AddImm dst: r1 imm: 1
	153: LShImm dst: r1 imm: 3
	154: AddReg dst: r4 src: r1
	155: Ja off: -1 <v6_ext_6>
v6_frag_4:
	156: MovReg dst: r0 src: r4
	157: AddImm dst: r0 imm: 8
	158: JGTReg dst: r0 off: -1 src: r3 <malformed>
	159: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	160: SwapBE dst: r1 
	161: AndImm dst: r1 imm: 65528
	162: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_5>
	163: OrImm dst: r7 imm: 768
	164: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	165: Ja off: -1 <l4_6>
v6_fragfirst_5:
	166: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	167: AddImm dst: r4 imm: 8
v6_ext_6:
	   ; IPv6 extension header 2
	168: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	169: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	170: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	171: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	172: Ja off: -1 <l4_6>
v6_opt_7:
	173: MovReg dst: r0 src: r4
	174: AddImm dst: r0 imm: 8
	175: JGTReg dst: r0 off: -1 src: r3 <malformed>
	176: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	177: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	178: AddImm dst: r1 imm: 1
	179: LShImm dst: r1 imm: 3
	180: AddReg dst: r4 src: r1
	181: Ja off: -1 <v6_ext_10>
v6_frag_8:
	182: MovReg dst: r0 src: r4
	183: AddImm dst: r0 imm: 8
	184: JGTReg dst: r0 off: -1 src: r3 <malformed>
	185: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	186: SwapBE dst: r1 
	187: AndImm dst: r1 imm: 65528
	188: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	189: OrImm dst: r7 imm: 768
	190: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	191: Ja off: -1 <l4_6>
v6_fragfirst_9:
	192: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	193: AddImm dst: r4 imm: 8
v6_ext_10:
	   ; IPv6 extension header 3
	194: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	195: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	196: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	197: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	198: Ja off: -1 <l4_6>
v6_opt_11:
	199: MovReg dst: r0 src: r4
	200: AddImm dst: r0 imm: 8
	201: JGTReg dst: r0 off: -1 src: r3 <malformed>
	202: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	203: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	204: AddImm dst: r1 imm: 1
	205: LShImm dst: r1 imm: 3
	206: AddReg dst: r4 src: r1
	207: Ja off: -1 <v6_ext_14>
v6_frag_12:
	208: MovReg dst: r0 src: r4
	209: AddImm dst: r0 imm: 8
	210: JGTReg dst: r0 off: -1 src: r3 <malformed>
	211: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	212: SwapBE dst: r1 
	213: AndImm dst: r1 imm: 65528
	214: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	215: OrImm dst: r7 imm: 768
	216: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	217: Ja off: -1 <l4_6>
v6_fragfirst_13:
	218: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	219: AddImm dst: r4 imm: 8
v6_ext_14:
	   ; IPv6 extension header 4
	220: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	221: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	222: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	223: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	224: Ja off: -1 <l4_6>
v6_opt_15:
	225: MovReg dst: r0 src: r4
	226: AddImm dst: r0 imm: 8
	227: JGTReg dst: r0 off: -1 src: r3 <malformed>
	228: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	229: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	230: AddImm dst: r1 imm: 1
	231: LShImm dst: r1 imm: 3
	232: AddReg dst: r4 src: r1
	233: Ja off: -1 <v6_ext_18>
v6_frag_16:
	234: MovReg dst: r0 src: r4
	235: AddImm dst: r0 imm: 8
	236: JGTReg dst: r0 off: -1 src: r3 <malformed>
	237: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	238: SwapBE dst: r1 
	239: AndImm dst: r1 imm: 65528
	240: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	241: OrImm dst: r7 imm: 768
	242: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	243: Ja off: -1 <l4_6>
v6_fragfirst_17:
	244: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	245: AddImm dst: r4 imm: 8
v6_ext_18:
	   ; IPv6 extension header 5
	246: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	247: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	248: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	249: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	250: Ja off: -1 <l4_6>
v6_opt_19:
	251: MovReg dst: r0 src: r4
	252: AddImm dst: r0 imm: 8
	253: JGTReg dst: r0 off: -1 src: r3 <malformed>
	254: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	255: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	256: AddImm dst: r1 imm: 1
	257: LShImm dst: r1 imm: 3
	258: AddReg dst: r4 src: r1
	259: Ja off: -1 <v6_ext_22>
v6_frag_20:
	260: MovReg dst: r0 src: r4
	261: AddImm dst: r0 imm: 8
	262: JGTReg dst: r0 off: -1 src: r3 <malformed>
	263: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	264: SwapBE dst: r1 
	265: AndImm dst: r1 imm: 65528
	266: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	267: OrImm dst: r7 imm: 768
	268: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	269: Ja off: -1 <l4_6>
v6_fragfirst_21:
	270: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	271: AddImm dst: r4 imm: 8
v6_ext_22:
	   ; IPv6 extension header 6
	272: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	273: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	274: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	275: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	276: Ja off: -1 <l4_6>
v6_opt_23:
	277: MovReg dst: r0 src: r4
	278: AddImm dst: r0 imm: 8
	279: JGTReg dst: r0 off: -1 src: r3 <malformed>
	280: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	281: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	282: AddImm dst: r1 imm: 1
	283: LShImm dst: r1 imm: 3
	284: AddReg dst: r4 src: r1
	285: Ja off: -1 <v6_ext_26>
v6_frag_24:
	286: MovReg dst: r0 src: r4
	287: AddImm dst: r0 imm: 8
	288: JGTReg dst: r0 off: -1 src: r3 <malformed>
	289: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	290: SwapBE dst: r1 
	291: AndImm dst: r1 imm: 65528
	292: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	293: OrImm dst: r7 imm: 768
	294: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	295: Ja off: -1 <l4_6>
v6_fragfirst_25:
	296: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	297: AddImm dst: r4 imm: 8
v6_ext_26:
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
	309: Ja off: -1 <l4done_6>
tcp_6:
	310: MovReg dst: r0 src: r4
	311: AddImm dst: r0 imm: 20
	312: JGTReg dst: r0 off: -1 src: r3 <malformed>
	313: Ja off: -1 <ports_6>
udp_6:
	314: MovReg dst: r0 src: r4
	315: AddImm dst: r0 imm: 8
	316: JGTReg dst: r0 off: -1 src: r3 <malformed>
	317: Ja off: -1 <ports_6>
ports_6:
	318: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	319: StXMemW dst: rfp src: r1 off: -120 imm: 0
	320: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	321: SwapBE dst: r8 
	322: Ja off: -1 <l4done_6>
l4done_6:
	323: StXMemB dst: rfp src: r5 off: -116 imm: 0
	324: StMemB dst: rfp src: r0 off: -115 imm: 0
	325: StMemB dst: rfp src: r0 off: -114 imm: 6
	326: StMemB dst: rfp src: r0 off: -113 imm: 0
	327: StMemW dst: rfp src: r0 off: -112 imm: 258
	328: StMemB dst: rfp src: r0 off: -72 imm: 6
	   ; conntrack: established and reply packets pass without policy
	329: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_30>
	330: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	332: MovReg dst: r2 src: rfp
	333: AddImm dst: r2 imm: -152
	334: Call FnMapLookupElem
	335: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	336: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	337: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	338: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	339: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	340: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	341: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	342: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	343: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	344: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	345: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	346: StXMemH dst: rfp src: r2 off: -120 imm: 0
	347: StXMemH dst: rfp src: r1 off: -118 imm: 0
	348: StMemB dst: rfp src: r0 off: -115 imm: 1
	349: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	351: MovReg dst: r2 src: rfp
	352: AddImm dst: r2 imm: -152
	353: Call FnMapLookupElem
	354: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	355: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	356: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	357: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	358: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	359: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	360: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	361: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	362: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	363: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	364: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	365: StXMemH dst: rfp src: r2 off: -120 imm: 0
	366: StXMemH dst: rfp src: r1 off: -118 imm: 0
	367: StMemB dst: rfp src: r0 off: -115 imm: 0
ct_skip_30:
	368: StMemW dst: rfp src: r0 off: -80 imm: 0
	369: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	370: StMemW dst: rfp src: r0 off: -76 imm: 3
	371: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	373: MovReg dst: r2 src: rfp
	374: AddImm dst: r2 imm: -76
	375: Call FnMapLookupElem
	376: JEqImm dst: r0 off: -1 imm: 0 <count_done_31>
	377: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	378: AddImm dst: r1 imm: 1
	379: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	380: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	381: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	382: AddReg dst: r2 src: r1
	383: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_31:
	384: MovImm dst: r0 imm: 0
	385: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	386: StMemW dst: rfp src: r0 off: -76 imm: 4
	387: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	389: MovReg dst: r2 src: rfp
	390: AddImm dst: r2 imm: -76
	391: Call FnMapLookupElem
	392: JEqImm dst: r0 off: -1 imm: 0 <count_done_32>
	393: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	394: AddImm dst: r1 imm: 1
	395: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	396: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	397: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	398: AddReg dst: r2 src: r1
	399: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_32:
	400: MovImm dst: r0 imm: 0
	401: Exit
default:
	   ; no entry matches: allow (enforced=false)
	402: MovImm dst: r8 imm: 0
	403: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	404: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	405: XorReg dst: r8 src: r1
	406: XorReg dst: r8 src: r1
	407: StXMemW dst: rfp src: r8 off: -76 imm: 0
	408: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	410: MovReg dst: r2 src: rfp
	411: AddImm dst: r2 imm: -76
	412: Call FnMapLookupElem
	413: JEqImm dst: r0 off: -1 imm: 0 <count_done_33>
	414: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	415: AddImm dst: r1 imm: 1
	416: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	417: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	418: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	419: AddReg dst: r2 src: r1
	420: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_33:
	421: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_34>
	422: StXMemW dst: rfp src: r8 off: -108 imm: 0
	423: StMemH dst: rfp src: r0 off: -104 imm: 0
	424: StMemB dst: rfp src: r0 off: -102 imm: 1
	425: StMemB dst: rfp src: r0 off: -101 imm: 0
	426: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	428: MovReg dst: r2 src: rfp
	429: AddImm dst: r2 imm: -152
	430: MovReg dst: r3 src: rfp
	431: AddImm dst: r3 imm: -108
	432: MovImm dst: r4 imm: 0
	433: Call FnMapUpdateElem
ct_norecord_34:
	434: StMemW dst: rfp src: r0 off: -60 imm: 258
	435: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	436: StXMemW dst: rfp src: r1 off: -64 imm: 0
	437: StXMemW dst: rfp src: r8 off: -56 imm: 0
	438: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	439: StXMemW dst: rfp src: r1 off: -52 imm: 0
	440: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	441: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	442: LShImm dst: r2 imm: 24
	443: OrReg dst: r1 src: r2
	444: OrImm dst: r1 imm: 256
	445: StXMemW dst: rfp src: r1 off: -48 imm: 0
	446: StMemW dst: rfp src: r0 off: -44 imm: 0
	447: StMemW dst: rfp src: r0 off: -40 imm: 0
	448: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	449: StXMemW dst: rfp src: r1 off: -36 imm: 0
	450: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	451: StXMemW dst: rfp src: r1 off: -20 imm: 0
	452: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	453: StXMemW dst: rfp src: r1 off: -32 imm: 0
	454: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	455: StXMemW dst: rfp src: r1 off: -16 imm: 0
	456: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	457: StXMemW dst: rfp src: r1 off: -28 imm: 0
	458: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	459: StXMemW dst: rfp src: r1 off: -12 imm: 0
	460: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	461: StXMemW dst: rfp src: r1 off: -24 imm: 0
	462: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	463: StXMemW dst: rfp src: r1 off: -8 imm: 0
	464: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	466: MovReg dst: r2 src: rfp
	467: AddImm dst: r2 imm: -64
	468: MovImm dst: r3 imm: 60
	469: MovImm dst: r4 imm: 0
	470: Call FnRingbufOutput
	471: MovImm dst: r0 imm: 0
	472: Exit
malformed:
	   ; truncated or malformed header: drop
	473: StMemW dst: rfp src: r0 off: -76 imm: 2
	474: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	476: MovReg dst: r2 src: rfp
	477: AddImm dst: r2 imm: -76
	478: Call FnMapLookupElem
	479: JEqImm dst: r0 off: -1 imm: 0 <count_done_35>
	480: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	481: AddImm dst: r1 imm: 1
	482: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	483: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	484: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	485: AddReg dst: r2 src: r1
	486: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_35:
	487: MovImm dst: r0 imm: 2
	488: Exit

== subject-258 policy_egress (section tcx/ingress, enforced=false, 489 instructions)
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
	   ; conntrack: established and reply packets pass without policy
	 84: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 85: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 87: MovReg dst: r2 src: rfp
	 88: AddImm dst: r2 imm: -152
	 89: Call FnMapLookupElem
	 90: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	 91: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 92: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 93: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 94: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 95: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 96: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 97: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 98: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 99: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	100: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	101: StXMemH dst: rfp src: r2 off: -120 imm: 0
	102: StXMemH dst: rfp src: r1 off: -118 imm: 0
	103: StMemB dst: rfp src: r0 off: -115 imm: 0
	104: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	106: MovReg dst: r2 src: rfp
	107: AddImm dst: r2 imm: -152
	108: Call FnMapLookupElem
	109: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	110: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	111: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	112: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	113: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	114: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	115: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	116: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	117: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	118: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	119: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	120: StXMemH dst: rfp src: r2 off: -120 imm: 0
	121: StXMemH dst: rfp src: r1 off: -118 imm: 0
	122: StMemB dst: rfp src: r0 off: -115 imm: 1
ct_skip_2:
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
	142: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_3>
	143: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_3>
	144: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_3>
	145: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_4>
	146: Ja off: -1 <l4_6>
v6_opt_3:
	147: MovReg dst: r0 src: r4
	148: AddImm dst: r0 imm: 8
	149: JGTReg dst: r0 off: -1 src: r3 <malformed>
	150: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	151: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	152: AddImm dst: r1 imm: 1
	153: LShImm dst: r1 imm: 3
	154: AddReg dst: r4 src: r1
	155: Ja off: -1 <v6_ext_6>
v6_frag_4:
	156: MovReg dst: r0 src: r4
	157: AddImm dst: r0 imm: 8
	158: JGTReg dst: r0 off: -1 src: r3 <malformed>
	159: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	160: SwapBE dst: r1 
	161: AndImm dst: r1 imm: 65528
	162: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_5>
	163: OrImm dst: r7 imm: 768
	164: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	165: Ja off: -1 <l4_6>
v6_fragfirst_5:
	166: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	167: AddImm dst: r4 imm: 8
v6_ext_6:
	   ; IPv6 extension header 2
	168: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	169: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	170: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	171: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	172: Ja off: -1 <l4_6>
v6_opt_7:
	173: MovReg dst: r0 src: r4
	174: AddImm dst: r0 imm: 8
	175: JGTReg dst: r0 off: -1 src: r3 <malformed>
	176: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	177: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	178: AddImm dst: r1 imm: 1
	179: LShImm dst: r1 imm: 3
	180: AddReg dst: r4 src: r1
	181: Ja off: -1 <v6_ext_10>
v6_frag_8:
	182: MovReg dst: r0 src: r4
	183: AddImm dst: r0 imm: 8
	184: JGTReg dst: r0 off: -1 src: r3 <malformed>
	185: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	186: SwapBE dst: r1 
	187: AndImm dst: r1 imm: 65528
	188: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	189: OrImm dst: r7 imm: 768
	190: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	191: Ja off: -1 <l4_6>
v6_fragfirst_9:
	192: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	193: AddImm dst: r4 imm: 8
v6_ext_10:
	   ; IPv6 extension header 3
	194: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	195: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	196: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	197: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	198: Ja off: -1 <l4_6>
v6_opt_11:
	199: MovReg dst: r0 src: r4
	200: AddImm dst: r0 imm: 8
	201: JGTReg dst: r0 off: -1 src: r3 <malformed>
	202: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	203: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	204: AddImm dst: r1 imm: 1
	205: LShImm dst: r1 imm: 3
	206: AddReg dst: r4 src: r1
	207: Ja off: -1 <v6_ext_14>
v6_frag_12:
	208: MovReg dst: r0 src: r4
	209: AddImm dst: r0 imm: 8
	210: JGTReg dst: r0 off: -1 src: r3 <malformed>
	211: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	212: SwapBE dst: r1 
	213: AndImm dst: r1 imm: 65528
	214: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	215: OrImm dst: r7 imm: 768
	216: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	217: Ja off: -1 <l4_6>
v6_fragfirst_13:
	218: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	219: AddImm dst: r4 imm: 8
v6_ext_14:
	   ; IPv6 extension header 4
	220: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	221: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	222: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	223: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	224: Ja off: -1 <l4_6>
v6_opt_15:
	225: MovReg dst: r0 src: r4
	226: AddImm dst: r0 imm: 8
	227: JGTReg dst: r0 off: -1 src: r3 <malformed>
	228: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	229: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	230: AddImm dst: r1 imm: 1
	231: LShImm dst: r1 imm: 3
	232: AddReg dst: r4 src: r1
	233: Ja off: -1 <v6_ext_18>
v6_frag_16:
	234: MovReg dst: r0 src: r4
	235: AddImm dst: r0 imm: 8
	236: JGTReg dst: r0 off: -1 src: r3 <malformed>
	237: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	238: SwapBE dst: r1 
	239: AndImm dst: r1 imm: 65528
	240: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	241: OrImm dst: r7 imm: 768
	242: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	243: Ja off: -1 <l4_6>
v6_fragfirst_17:
	244: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	245: AddImm dst: r4 imm: 8
v6_ext_18:
	   ; IPv6 extension header 5
	246: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	247: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	248: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	249: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	250: Ja off: -1 <l4_6>
v6_opt_19:
	251: MovReg dst: r0 src: r4
	252: AddImm dst: r0 imm: 8
	253: JGTReg dst: r0 off: -1 src: r3 <malformed>
	254: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	255: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	256: AddImm dst: r1 imm: 1
	257: LShImm dst: r1 imm: 3
	258: AddReg dst: r4 src: r1
	259: Ja off: -1 <v6_ext_22>
v6_frag_20:
	260: MovReg dst: r0 src: r4
	261: AddImm dst: r0 imm: 8
	262: JGTReg dst: r0 off: -1 src: r3 <malformed>
	263: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	264: SwapBE dst: r1 
	265: AndImm dst: r1 imm: 65528
	266: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	267: OrImm dst: r7 imm: 768
	268: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	269: Ja off: -1 <l4_6>
v6_fragfirst_21:
	270: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	271: AddImm dst: r4 imm: 8
v6_ext_22:
	   ; IPv6 extension header 6
	272: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	273: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	274: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	275: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	276: Ja off: -1 <l4_6>
v6_opt_23:
	277: MovReg dst: r0 src: r4
	278: AddImm dst: r0 imm: 8
	279: JGTReg dst: r0 off: -1 src: r3 <malformed>
	280: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	281: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	282: AddImm dst: r1 imm: 1
	283: LShImm dst: r1 imm: 3
	284: AddReg dst: r4 src: r1
	285: Ja off: -1 <v6_ext_26>
v6_frag_24:
	286: MovReg dst: r0 src: r4
	287: AddImm dst: r0 imm: 8
	288: JGTReg dst: r0 off: -1 src: r3 <malformed>
	289: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	290: SwapBE dst: r1 
	291: AndImm dst: r1 imm: 65528
	292: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	293: OrImm dst: r7 imm: 768
	294: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	295: Ja off: -1 <l4_6>
v6_fragfirst_25:
	296: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	297: AddImm dst: r4 imm: 8
v6_ext_26:
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
	309: Ja off: -1 <l4done_6>
tcp_6:
	310: MovReg dst: r0 src: r4
	311: AddImm dst: r0 imm: 20
	312: JGTReg dst: r0 off: -1 src: r3 <malformed>
	313: Ja off: -1 <ports_6>
udp_6:
	314: MovReg dst: r0 src: r4
	315: AddImm dst: r0 imm: 8
	316: JGTReg dst: r0 off: -1 src: r3 <malformed>
	317: Ja off: -1 <ports_6>
ports_6:
	318: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	319: StXMemW dst: rfp src: r1 off: -120 imm: 0
	320: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	321: SwapBE dst: r8 
	322: Ja off: -1 <l4done_6>
l4done_6:
	323: StXMemB dst: rfp src: r5 off: -116 imm: 0
	324: StMemB dst: rfp src: r0 off: -115 imm: 1
	325: StMemB dst: rfp src: r0 off: -114 imm: 6
	326: StMemB dst: rfp src: r0 off: -113 imm: 0
	327: StMemW dst: rfp src: r0 off: -112 imm: 258
	328: StMemB dst: rfp src: r0 off: -72 imm: 6
	   ; conntrack: established and reply packets pass without policy
	329: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_30>
	330: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	332: MovReg dst: r2 src: rfp
	333: AddImm dst: r2 imm: -152
	334: Call FnMapLookupElem
	335: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	336: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	337: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	338: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	339: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	340: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	341: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	342: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	343: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	344: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	345: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	346: StXMemH dst: rfp src: r2 off: -120 imm: 0
	347: StXMemH dst: rfp src: r1 off: -118 imm: 0
	348: StMemB dst: rfp src: r0 off: -115 imm: 0
	349: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	351: MovReg dst: r2 src: rfp
	352: AddImm dst: r2 imm: -152
	353: Call FnMapLookupElem
	354: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	355: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	356: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	357: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	358: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	359: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	360: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	361: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	362: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	363: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	364: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	365: StXMemH dst: rfp src: r2 off: -120 imm: 0
	366: StXMemH dst: rfp src: r1 off: -118 imm: 0
	367: StMemB dst: rfp src: r0 off: -115 imm: 1
ct_skip_30:
	368: StMemW dst: rfp src: r0 off: -80 imm: 0
	369: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	370: StMemW dst: rfp src: r0 off: -76 imm: 3
	371: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	373: MovReg dst: r2 src: rfp
	374: AddImm dst: r2 imm: -76
	375: Call FnMapLookupElem
	376: JEqImm dst: r0 off: -1 imm: 0 <count_done_31>
	377: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	378: AddImm dst: r1 imm: 1
	379: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	380: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	381: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	382: AddReg dst: r2 src: r1
	383: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_31:
	384: MovImm dst: r0 imm: 0
	385: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	386: StMemW dst: rfp src: r0 off: -76 imm: 4
	387: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	389: MovReg dst: r2 src: rfp
	390: AddImm dst: r2 imm: -76
	391: Call FnMapLookupElem
	392: JEqImm dst: r0 off: -1 imm: 0 <count_done_32>
	393: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	394: AddImm dst: r1 imm: 1
	395: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	396: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	397: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	398: AddReg dst: r2 src: r1
	399: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_32:
	400: MovImm dst: r0 imm: 0
	401: Exit
default:
	   ; no entry matches: allow (enforced=false)
	402: MovImm dst: r8 imm: 0
	403: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	404: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	405: XorReg dst: r8 src: r1
	406: XorReg dst: r8 src: r1
	407: StXMemW dst: rfp src: r8 off: -76 imm: 0
	408: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	410: MovReg dst: r2 src: rfp
	411: AddImm dst: r2 imm: -76
	412: Call FnMapLookupElem
	413: JEqImm dst: r0 off: -1 imm: 0 <count_done_33>
	414: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	415: AddImm dst: r1 imm: 1
	416: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	417: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	418: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	419: AddReg dst: r2 src: r1
	420: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_33:
	421: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_34>
	422: StXMemW dst: rfp src: r8 off: -108 imm: 0
	423: StMemH dst: rfp src: r0 off: -104 imm: 0
	424: StMemB dst: rfp src: r0 off: -102 imm: 1
	425: StMemB dst: rfp src: r0 off: -101 imm: 0
	426: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	428: MovReg dst: r2 src: rfp
	429: AddImm dst: r2 imm: -152
	430: MovReg dst: r3 src: rfp
	431: AddImm dst: r3 imm: -108
	432: MovImm dst: r4 imm: 0
	433: Call FnMapUpdateElem
ct_norecord_34:
	434: StMemW dst: rfp src: r0 off: -64 imm: 258
	435: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	436: StXMemW dst: rfp src: r1 off: -60 imm: 0
	437: StXMemW dst: rfp src: r8 off: -56 imm: 0
	438: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	439: StXMemW dst: rfp src: r1 off: -52 imm: 0
	440: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	441: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	442: LShImm dst: r2 imm: 24
	443: OrReg dst: r1 src: r2
	444: OrImm dst: r1 imm: 65792
	445: StXMemW dst: rfp src: r1 off: -48 imm: 0
	446: StMemW dst: rfp src: r0 off: -44 imm: 0
	447: StMemW dst: rfp src: r0 off: -40 imm: 0
	448: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	449: StXMemW dst: rfp src: r1 off: -36 imm: 0
	450: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	451: StXMemW dst: rfp src: r1 off: -20 imm: 0
	452: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	453: StXMemW dst: rfp src: r1 off: -32 imm: 0
	454: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	455: StXMemW dst: rfp src: r1 off: -16 imm: 0
	456: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	457: StXMemW dst: rfp src: r1 off: -28 imm: 0
	458: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	459: StXMemW dst: rfp src: r1 off: -12 imm: 0
	460: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	461: StXMemW dst: rfp src: r1 off: -24 imm: 0
	462: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	463: StXMemW dst: rfp src: r1 off: -8 imm: 0
	464: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	466: MovReg dst: r2 src: rfp
	467: AddImm dst: r2 imm: -64
	468: MovImm dst: r3 imm: 60
	469: MovImm dst: r4 imm: 0
	470: Call FnRingbufOutput
	471: MovImm dst: r0 imm: 0
	472: Exit
malformed:
	   ; truncated or malformed header: drop
	473: StMemW dst: rfp src: r0 off: -76 imm: 2
	474: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	476: MovReg dst: r2 src: rfp
	477: AddImm dst: r2 imm: -76
	478: Call FnMapLookupElem
	479: JEqImm dst: r0 off: -1 imm: 0 <count_done_35>
	480: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	481: AddImm dst: r1 imm: 1
	482: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	483: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	484: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	485: AddReg dst: r2 src: r1
	486: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_35:
	487: MovImm dst: r0 imm: 2
	488: Exit

== subject-259 policy_ingress (section tcx/egress, enforced=false, 489 instructions)
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
	   ; conntrack: established and reply packets pass without policy
	 84: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 85: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 87: MovReg dst: r2 src: rfp
	 88: AddImm dst: r2 imm: -152
	 89: Call FnMapLookupElem
	 90: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	 91: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 92: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 93: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 94: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 95: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 96: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 97: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 98: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 99: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	100: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	101: StXMemH dst: rfp src: r2 off: -120 imm: 0
	102: StXMemH dst: rfp src: r1 off: -118 imm: 0
	103: StMemB dst: rfp src: r0 off: -115 imm: 1
	104: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	106: MovReg dst: r2 src: rfp
	107: AddImm dst: r2 imm: -152
	108: Call FnMapLookupElem
	109: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	110: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	111: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	112: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	113: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	114: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	115: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	116: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	117: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	118: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	119: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	120: StXMemH dst: rfp src: r2 off: -120 imm: 0
	121: StXMemH dst: rfp src: r1 off: -118 imm: 0
	122: StMemB dst: rfp src: r0 off: -115 imm: 0
ct_skip_2:
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
	142: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_3>
	143: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_3>
	144: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_3>
	145: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_4>
	146: Ja off: -1 <l4_6>
v6_opt_3:
	147: MovReg dst: r0 src: r4
	148: AddImm dst: r0 imm: 8
	149: JGTReg dst: r0 off: -1 src: r3 <malformed>
	150: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	151: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	152: AddImm dst: r1 imm: 1
	153: LShImm dst: r1 imm: 3
	154: AddReg dst: r4 src: r1
	155: Ja off: -1 <v6_ext_6>
v6_frag_4:
	156: MovReg dst: r0 src: r4
	157: AddImm dst: r0 imm: 8
	158: JGTReg dst: r0 off: -1 src: r3 <malformed>
	159: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	160: SwapBE dst: r1 
	161: AndImm dst: r1 imm: 65528
	162: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_5>
	163: OrImm dst: r7 imm: 768
	164: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	165: Ja off: -1 <l4_6>
v6_fragfirst_5:
	166: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	167: AddImm dst: r4 imm: 8
v6_ext_6:
	   ; IPv6 extension header 2
	168: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	169: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	170: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	171: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	172: Ja off: -1 <l4_6>
v6_opt_7:
	173: MovReg dst: r0 src: r4
	174: AddImm dst: r0 imm: 8
	175: JGTReg dst: r0 off: -1 src: r3 <malformed>
	176: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	177: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	178: AddImm dst: r1 imm: 1
	179: LShImm dst: r1 imm: 3
	180: AddReg dst: r4 src: r1
	181: Ja off: -1 <v6_ext_10>
v6_frag_8:
	182: MovReg dst: r0 src: r4
	183: AddImm dst: r0 imm: 8
	184: JGTReg dst: r0 off: -1 src: r3 <malformed>
	185: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	186: SwapBE dst: r1 
	187: AndImm dst: r1 imm: 65528
	188: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	189: OrImm dst: r7 imm: 768
	190: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	191: Ja off: -1 <l4_6>
v6_fragfirst_9:
	192: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	193: AddImm dst: r4 imm: 8
v6_ext_10:
	   ; IPv6 extension header 3
	194: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	195: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	196: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	197: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	198: Ja off: -1 <l4_6>
v6_opt_11:
	199: MovReg dst: r0 src: r4
	200: AddImm dst: r0 imm: 8
	201: JGTReg dst: r0 off: -1 src: r3 <malformed>
	202: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	203: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	204: AddImm dst: r1 imm: 1
	205: LShImm dst: r1 imm: 3
	206: AddReg dst: r4 src: r1
	207: Ja off: -1 <v6_ext_14>
v6_frag_12:
	208: MovReg dst: r0 src: r4
	209: AddImm dst: r0 imm: 8
	210: JGTReg dst: r0 off: -1 src: r3 <malformed>
	211: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	212: SwapBE dst: r1 
	213: AndImm dst: r1 imm: 65528
	214: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	215: OrImm dst: r7 imm: 768
	216: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	217: Ja off: -1 <l4_6>
v6_fragfirst_13:
	218: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	219: AddImm dst: r4 imm: 8
v6_ext_14:
	   ; IPv6 extension header 4
	220: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	221: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	222: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	223: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	224: Ja off: -1 <l4_6>
v6_opt_15:
	225: MovReg dst: r0 src: r4
	226: AddImm dst: r0 imm: 8
	227: JGTReg dst: r0 off: -1 src: r3 <malformed>
	228: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	229: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	230: AddImm dst: r1 imm: 1
	231: LShImm dst: r1 imm: 3
	232: AddReg dst: r4 src: r1
	233: Ja off: -1 <v6_ext_18>
v6_frag_16:
	234: MovReg dst: r0 src: r4
	235: AddImm dst: r0 imm: 8
	236: JGTReg dst: r0 off: -1 src: r3 <malformed>
	237: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	238: SwapBE dst: r1 
	239: AndImm dst: r1 imm: 65528
	240: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	241: OrImm dst: r7 imm: 768
	242: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	243: Ja off: -1 <l4_6>
v6_fragfirst_17:
	244: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	245: AddImm dst: r4 imm: 8
v6_ext_18:
	   ; IPv6 extension header 5
	246: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	247: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	248: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	249: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	250: Ja off: -1 <l4_6>
v6_opt_19:
	251: MovReg dst: r0 src: r4
	252: AddImm dst: r0 imm: 8
	253: JGTReg dst: r0 off: -1 src: r3 <malformed>
	254: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	255: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	256: AddImm dst: r1 imm: 1
	257: LShImm dst: r1 imm: 3
	258: AddReg dst: r4 src: r1
	259: Ja off: -1 <v6_ext_22>
v6_frag_20:
	260: MovReg dst: r0 src: r4
	261: AddImm dst: r0 imm: 8
	262: JGTReg dst: r0 off: -1 src: r3 <malformed>
	263: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	264: SwapBE dst: r1 
	265: AndImm dst: r1 imm: 65528
	266: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	267: OrImm dst: r7 imm: 768
	268: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	269: Ja off: -1 <l4_6>
v6_fragfirst_21:
	270: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	271: AddImm dst: r4 imm: 8
v6_ext_22:
	   ; IPv6 extension header 6
	272: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	273: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	274: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	275: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	276: Ja off: -1 <l4_6>
v6_opt_23:
	277: MovReg dst: r0 src: r4
	278: AddImm dst: r0 imm: 8
	279: JGTReg dst: r0 off: -1 src: r3 <malformed>
	280: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	281: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	282: AddImm dst: r1 imm: 1
	283: LShImm dst: r1 imm: 3
	284: AddReg dst: r4 src: r1
	285: Ja off: -1 <v6_ext_26>
v6_frag_24:
	286: MovReg dst: r0 src: r4
	287: AddImm dst: r0 imm: 8
	288: JGTReg dst: r0 off: -1 src: r3 <malformed>
	289: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	290: SwapBE dst: r1 
	291: AndImm dst: r1 imm: 65528
	292: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	293: OrImm dst: r7 imm: 768
	294: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	295: Ja off: -1 <l4_6>
v6_fragfirst_25:
	296: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	297: AddImm dst: r4 imm: 8
v6_ext_26:
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
	309: Ja off: -1 <l4done_6>
tcp_6:
	310: MovReg dst: r0 src: r4
	311: AddImm dst: r0 imm: 20
	312: JGTReg dst: r0 off: -1 src: r3 <malformed>
	313: Ja off: -1 <ports_6>
udp_6:
	314: MovReg dst: r0 src: r4
	315: AddImm dst: r0 imm: 8
	316: JGTReg dst: r0 off: -1 src: r3 <malformed>
	317: Ja off: -1 <ports_6>
ports_6:
	318: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	319: StXMemW dst: rfp src: r1 off: -120 imm: 0
	320: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	321: SwapBE dst: r8 
	322: Ja off: -1 <l4done_6>
l4done_6:
	323: StXMemB dst: rfp src: r5 off: -116 imm: 0
	324: StMemB dst: rfp src: r0 off: -115 imm: 0
	325: StMemB dst: rfp src: r0 off: -114 imm: 6
	326: StMemB dst: rfp src: r0 off: -113 imm: 0
	327: StMemW dst: rfp src: r0 off: -112 imm: 259
	328: StMemB dst: rfp src: r0 off: -72 imm: 6
	   ; conntrack: established and reply packets pass without policy
	329: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_30>
	330: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	332: MovReg dst: r2 src: rfp
	333: AddImm dst: r2 imm: -152
	334: Call FnMapLookupElem
	335: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	336: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	337: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	338: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	339: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	340: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	341: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	342: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	343: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	344: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	345: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	346: StXMemH dst: rfp src: r2 off: -120 imm: 0
	347: StXMemH dst: rfp src: r1 off: -118 imm: 0
	348: StMemB dst: rfp src: r0 off: -115 imm: 1
	349: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	351: MovReg dst: r2 src: rfp
	352: AddImm dst: r2 imm: -152
	353: Call FnMapLookupElem
	354: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	355: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	356: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	357: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	358: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	359: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	360: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	361: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	362: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	363: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	364: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	365: StXMemH dst: rfp src: r2 off: -120 imm: 0
	366: StXMemH dst: rfp src: r1 off: -118 imm: 0
	367: StMemB dst: rfp src: r0 off: -115 imm: 0
ct_skip_30:
	368: StMemW dst: rfp src: r0 off: -80 imm: 0
	369: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	370: StMemW dst: rfp src: r0 off: -76 imm: 3
	371: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	373: MovReg dst: r2 src: rfp
	374: AddImm dst: r2 imm: -76
	375: Call FnMapLookupElem
	376: JEqImm dst: r0 off: -1 imm: 0 <count_done_31>
	377: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	378: AddImm dst: r1 imm: 1
	379: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	380: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	381: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	382: AddReg dst: r2 src: r1
	383: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_31:
	384: MovImm dst: r0 imm: 0
	385: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	386: StMemW dst: rfp src: r0 off: -76 imm: 4
	387: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	389: MovReg dst: r2 src: rfp
	390: AddImm dst: r2 imm: -76
	391: Call FnMapLookupElem
	392: JEqImm dst: r0 off: -1 imm: 0 <count_done_32>
	393: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	394: AddImm dst: r1 imm: 1
	395: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	396: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	397: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	398: AddReg dst: r2 src: r1
	399: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_32:
	400: MovImm dst: r0 imm: 0
	401: Exit
default:
	   ; no entry matches: allow (enforced=false)
	402: MovImm dst: r8 imm: 0
	403: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	404: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	405: XorReg dst: r8 src: r1
	406: XorReg dst: r8 src: r1
	407: StXMemW dst: rfp src: r8 off: -76 imm: 0
	408: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	410: MovReg dst: r2 src: rfp
	411: AddImm dst: r2 imm: -76
	412: Call FnMapLookupElem
	413: JEqImm dst: r0 off: -1 imm: 0 <count_done_33>
	414: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	415: AddImm dst: r1 imm: 1
	416: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	417: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	418: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	419: AddReg dst: r2 src: r1
	420: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_33:
	421: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_34>
	422: StXMemW dst: rfp src: r8 off: -108 imm: 0
	423: StMemH dst: rfp src: r0 off: -104 imm: 0
	424: StMemB dst: rfp src: r0 off: -102 imm: 1
	425: StMemB dst: rfp src: r0 off: -101 imm: 0
	426: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	428: MovReg dst: r2 src: rfp
	429: AddImm dst: r2 imm: -152
	430: MovReg dst: r3 src: rfp
	431: AddImm dst: r3 imm: -108
	432: MovImm dst: r4 imm: 0
	433: Call FnMapUpdateElem
ct_norecord_34:
	434: StMemW dst: rfp src: r0 off: -60 imm: 259
	435: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	436: StXMemW dst: rfp src: r1 off: -64 imm: 0
	437: StXMemW dst: rfp src: r8 off: -56 imm: 0
	438: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	439: StXMemW dst: rfp src: r1 off: -52 imm: 0
	440: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	441: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	442: LShImm dst: r2 imm: 24
	443: OrReg dst: r1 src: r2
	444: OrImm dst: r1 imm: 256
	445: StXMemW dst: rfp src: r1 off: -48 imm: 0
	446: StMemW dst: rfp src: r0 off: -44 imm: 0
	447: StMemW dst: rfp src: r0 off: -40 imm: 0
	448: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	449: StXMemW dst: rfp src: r1 off: -36 imm: 0
	450: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	451: StXMemW dst: rfp src: r1 off: -20 imm: 0
	452: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	453: StXMemW dst: rfp src: r1 off: -32 imm: 0
	454: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	455: StXMemW dst: rfp src: r1 off: -16 imm: 0
	456: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	457: StXMemW dst: rfp src: r1 off: -28 imm: 0
	458: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	459: StXMemW dst: rfp src: r1 off: -12 imm: 0
	460: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	461: StXMemW dst: rfp src: r1 off: -24 imm: 0
	462: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	463: StXMemW dst: rfp src: r1 off: -8 imm: 0
	464: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	466: MovReg dst: r2 src: rfp
	467: AddImm dst: r2 imm: -64
	468: MovImm dst: r3 imm: 60
	469: MovImm dst: r4 imm: 0
	470: Call FnRingbufOutput
	471: MovImm dst: r0 imm: 0
	472: Exit
malformed:
	   ; truncated or malformed header: drop
	473: StMemW dst: rfp src: r0 off: -76 imm: 2
	474: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	476: MovReg dst: r2 src: rfp
	477: AddImm dst: r2 imm: -76
	478: Call FnMapLookupElem
	479: JEqImm dst: r0 off: -1 imm: 0 <count_done_35>
	480: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	481: AddImm dst: r1 imm: 1
	482: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	483: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	484: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	485: AddReg dst: r2 src: r1
	486: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_35:
	487: MovImm dst: r0 imm: 2
	488: Exit

== subject-259 policy_egress (section tcx/ingress, enforced=false, 489 instructions)
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
	   ; conntrack: established and reply packets pass without policy
	 84: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 85: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 87: MovReg dst: r2 src: rfp
	 88: AddImm dst: r2 imm: -152
	 89: Call FnMapLookupElem
	 90: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	 91: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 92: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 93: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 94: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 95: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 96: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 97: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 98: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 99: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	100: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	101: StXMemH dst: rfp src: r2 off: -120 imm: 0
	102: StXMemH dst: rfp src: r1 off: -118 imm: 0
	103: StMemB dst: rfp src: r0 off: -115 imm: 0
	104: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	106: MovReg dst: r2 src: rfp
	107: AddImm dst: r2 imm: -152
	108: Call FnMapLookupElem
	109: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	110: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	111: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	112: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	113: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	114: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	115: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	116: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	117: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	118: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	119: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	120: StXMemH dst: rfp src: r2 off: -120 imm: 0
	121: StXMemH dst: rfp src: r1 off: -118 imm: 0
	122: StMemB dst: rfp src: r0 off: -115 imm: 1
ct_skip_2:
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
	142: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_3>
	143: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_3>
	144: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_3>
	145: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_4>
	146: Ja off: -1 <l4_6>
v6_opt_3:
	147: MovReg dst: r0 src: r4
	148: AddImm dst: r0 imm: 8
	149: JGTReg dst: r0 off: -1 src: r3 <malformed>
	150: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	151: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	152: AddImm dst: r1 imm: 1
	153: LShImm dst: r1 imm: 3
	154: AddReg dst: r4 src: r1
	155: Ja off: -1 <v6_ext_6>
v6_frag_4:
	156: MovReg dst: r0 src: r4
	157: AddImm dst: r0 imm: 8
	158: JGTReg dst: r0 off: -1 src: r3 <malformed>
	159: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	160: SwapBE dst: r1 
	161: AndImm dst: r1 imm: 65528
	162: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_5>
	163: OrImm dst: r7 imm: 768
	164: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	165: Ja off: -1 <l4_6>
v6_fragfirst_5:
	166: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	167: AddImm dst: r4 imm: 8
v6_ext_6:
	   ; IPv6 extension header 2
	168: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	169: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	170: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	171: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	172: Ja off: -1 <l4_6>
v6_opt_7:
	173: MovReg dst: r0 src: r4
	174: AddImm dst: r0 imm: 8
	175: JGTReg dst: r0 off: -1 src: r3 <malformed>
	176: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	177: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	178: AddImm dst: r1 imm: 1
	179: LShImm dst: r1 imm: 3
	180: AddReg dst: r4 src: r1
	181: Ja off: -1 <v6_ext_10>
v6_frag_8:
	182: MovReg dst: r0 src: r4
	183: AddImm dst: r0 imm: 8
	184: JGTReg dst: r0 off: -1 src: r3 <malformed>
	185: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	186: SwapBE dst: r1 
	187: AndImm dst: r1 imm: 65528
	188: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	189: OrImm dst: r7 imm: 768
	190: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	191: Ja off: -1 <l4_6>
v6_fragfirst_9:
	192: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	193: AddImm dst: r4 imm: 8
v6_ext_10:
	   ; IPv6 extension header 3
	194: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	195: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	196: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	197: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	198: Ja off: -1 <l4_6>
v6_opt_11:
	199: MovReg dst: r0 src: r4
	200: AddImm dst: r0 imm: 8
	201: JGTReg dst: r0 off: -1 src: r3 <malformed>
	202: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	203: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	204: AddImm dst: r1 imm: 1
	205: LShImm dst: r1 imm: 3
	206: AddReg dst: r4 src: r1
	207: Ja off: -1 <v6_ext_14>
v6_frag_12:
	208: MovReg dst: r0 src: r4
	209: AddImm dst: r0 imm: 8
	210: JGTReg dst: r0 off: -1 src: r3 <malformed>
	211: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	212: SwapBE dst: r1 
	213: AndImm dst: r1 imm: 65528
	214: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	215: OrImm dst: r7 imm: 768
	216: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	217: Ja off: -1 <l4_6>
v6_fragfirst_13:
	218: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	219: AddImm dst: r4 imm: 8
v6_ext_14:
	   ; IPv6 extension header 4
	220: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	221: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	222: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	223: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	224: Ja off: -1 <l4_6>
v6_opt_15:
	225: MovReg dst: r0 src: r4
	226: AddImm dst: r0 imm: 8
	227: JGTReg dst: r0 off: -1 src: r3 <malformed>
	228: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	229: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	230: AddImm dst: r1 imm: 1
	231: LShImm dst: r1 imm: 3
	232: AddReg dst: r4 src: r1
	233: Ja off: -1 <v6_ext_18>
v6_frag_16:
	234: MovReg dst: r0 src: r4
	235: AddImm dst: r0 imm: 8
	236: JGTReg dst: r0 off: -1 src: r3 <malformed>
	237: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	238: SwapBE dst: r1 
	239: AndImm dst: r1 imm: 65528
	240: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	241: OrImm dst: r7 imm: 768
	242: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	243: Ja off: -1 <l4_6>
v6_fragfirst_17:
	244: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	245: AddImm dst: r4 imm: 8
v6_ext_18:
	   ; IPv6 extension header 5
	246: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	247: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	248: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	249: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	250: Ja off: -1 <l4_6>
v6_opt_19:
	251: MovReg dst: r0 src: r4
	252: AddImm dst: r0 imm: 8
	253: JGTReg dst: r0 off: -1 src: r3 <malformed>
	254: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	255: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	256: AddImm dst: r1 imm: 1
	257: LShImm dst: r1 imm: 3
	258: AddReg dst: r4 src: r1
	259: Ja off: -1 <v6_ext_22>
v6_frag_20:
	260: MovReg dst: r0 src: r4
	261: AddImm dst: r0 imm: 8
	262: JGTReg dst: r0 off: -1 src: r3 <malformed>
	263: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	264: SwapBE dst: r1 
	265: AndImm dst: r1 imm: 65528
	266: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	267: OrImm dst: r7 imm: 768
	268: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	269: Ja off: -1 <l4_6>
v6_fragfirst_21:
	270: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	271: AddImm dst: r4 imm: 8
v6_ext_22:
	   ; IPv6 extension header 6
	272: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	273: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	274: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	275: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	276: Ja off: -1 <l4_6>
v6_opt_23:
	277: MovReg dst: r0 src: r4
	278: AddImm dst: r0 imm: 8
	279: JGTReg dst: r0 off: -1 src: r3 <malformed>
	280: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	281: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	282: AddImm dst: r1 imm: 1
	283: LShImm dst: r1 imm: 3
	284: AddReg dst: r4 src: r1
	285: Ja off: -1 <v6_ext_26>
v6_frag_24:
	286: MovReg dst: r0 src: r4
	287: AddImm dst: r0 imm: 8
	288: JGTReg dst: r0 off: -1 src: r3 <malformed>
	289: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	290: SwapBE dst: r1 
	291: AndImm dst: r1 imm: 65528
	292: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	293: OrImm dst: r7 imm: 768
	294: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	295: Ja off: -1 <l4_6>
v6_fragfirst_25:
	296: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	297: AddImm dst: r4 imm: 8
v6_ext_26:
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
	309: Ja off: -1 <l4done_6>
tcp_6:
	310: MovReg dst: r0 src: r4
	311: AddImm dst: r0 imm: 20
	312: JGTReg dst: r0 off: -1 src: r3 <malformed>
	313: Ja off: -1 <ports_6>
udp_6:
	314: MovReg dst: r0 src: r4
	315: AddImm dst: r0 imm: 8
	316: JGTReg dst: r0 off: -1 src: r3 <malformed>
	317: Ja off: -1 <ports_6>
ports_6:
	318: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	319: StXMemW dst: rfp src: r1 off: -120 imm: 0
	320: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	321: SwapBE dst: r8 
	322: Ja off: -1 <l4done_6>
l4done_6:
	323: StXMemB dst: rfp src: r5 off: -116 imm: 0
	324: StMemB dst: rfp src: r0 off: -115 imm: 1
	325: StMemB dst: rfp src: r0 off: -114 imm: 6
	326: StMemB dst: rfp src: r0 off: -113 imm: 0
	327: StMemW dst: rfp src: r0 off: -112 imm: 259
	328: StMemB dst: rfp src: r0 off: -72 imm: 6
	   ; conntrack: established and reply packets pass without policy
	329: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_30>
	330: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	332: MovReg dst: r2 src: rfp
	333: AddImm dst: r2 imm: -152
	334: Call FnMapLookupElem
	335: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	336: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	337: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	338: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	339: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	340: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	341: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	342: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	343: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	344: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	345: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	346: StXMemH dst: rfp src: r2 off: -120 imm: 0
	347: StXMemH dst: rfp src: r1 off: -118 imm: 0
	348: StMemB dst: rfp src: r0 off: -115 imm: 0
	349: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	351: MovReg dst: r2 src: rfp
	352: AddImm dst: r2 imm: -152
	353: Call FnMapLookupElem
	354: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	355: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	356: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	357: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	358: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	359: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	360: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	361: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	362: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	363: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	364: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	365: StXMemH dst: rfp src: r2 off: -120 imm: 0
	366: StXMemH dst: rfp src: r1 off: -118 imm: 0
	367: StMemB dst: rfp src: r0 off: -115 imm: 1
ct_skip_30:
	368: StMemW dst: rfp src: r0 off: -80 imm: 0
	369: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	370: StMemW dst: rfp src: r0 off: -76 imm: 3
	371: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	373: MovReg dst: r2 src: rfp
	374: AddImm dst: r2 imm: -76
	375: Call FnMapLookupElem
	376: JEqImm dst: r0 off: -1 imm: 0 <count_done_31>
	377: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	378: AddImm dst: r1 imm: 1
	379: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	380: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	381: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	382: AddReg dst: r2 src: r1
	383: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_31:
	384: MovImm dst: r0 imm: 0
	385: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	386: StMemW dst: rfp src: r0 off: -76 imm: 4
	387: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	389: MovReg dst: r2 src: rfp
	390: AddImm dst: r2 imm: -76
	391: Call FnMapLookupElem
	392: JEqImm dst: r0 off: -1 imm: 0 <count_done_32>
	393: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	394: AddImm dst: r1 imm: 1
	395: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	396: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	397: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	398: AddReg dst: r2 src: r1
	399: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_32:
	400: MovImm dst: r0 imm: 0
	401: Exit
default:
	   ; no entry matches: allow (enforced=false)
	402: MovImm dst: r8 imm: 0
	403: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event, pass
	404: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	405: XorReg dst: r8 src: r1
	406: XorReg dst: r8 src: r1
	407: StXMemW dst: rfp src: r8 off: -76 imm: 0
	408: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	410: MovReg dst: r2 src: rfp
	411: AddImm dst: r2 imm: -76
	412: Call FnMapLookupElem
	413: JEqImm dst: r0 off: -1 imm: 0 <count_done_33>
	414: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	415: AddImm dst: r1 imm: 1
	416: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	417: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	418: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	419: AddReg dst: r2 src: r1
	420: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_33:
	421: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_34>
	422: StXMemW dst: rfp src: r8 off: -108 imm: 0
	423: StMemH dst: rfp src: r0 off: -104 imm: 0
	424: StMemB dst: rfp src: r0 off: -102 imm: 1
	425: StMemB dst: rfp src: r0 off: -101 imm: 0
	426: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	428: MovReg dst: r2 src: rfp
	429: AddImm dst: r2 imm: -152
	430: MovReg dst: r3 src: rfp
	431: AddImm dst: r3 imm: -108
	432: MovImm dst: r4 imm: 0
	433: Call FnMapUpdateElem
ct_norecord_34:
	434: StMemW dst: rfp src: r0 off: -64 imm: 259
	435: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	436: StXMemW dst: rfp src: r1 off: -60 imm: 0
	437: StXMemW dst: rfp src: r8 off: -56 imm: 0
	438: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	439: StXMemW dst: rfp src: r1 off: -52 imm: 0
	440: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	441: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	442: LShImm dst: r2 imm: 24
	443: OrReg dst: r1 src: r2
	444: OrImm dst: r1 imm: 65792
	445: StXMemW dst: rfp src: r1 off: -48 imm: 0
	446: StMemW dst: rfp src: r0 off: -44 imm: 0
	447: StMemW dst: rfp src: r0 off: -40 imm: 0
	448: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	449: StXMemW dst: rfp src: r1 off: -36 imm: 0
	450: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	451: StXMemW dst: rfp src: r1 off: -20 imm: 0
	452: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	453: StXMemW dst: rfp src: r1 off: -32 imm: 0
	454: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	455: StXMemW dst: rfp src: r1 off: -16 imm: 0
	456: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	457: StXMemW dst: rfp src: r1 off: -28 imm: 0
	458: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	459: StXMemW dst: rfp src: r1 off: -12 imm: 0
	460: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	461: StXMemW dst: rfp src: r1 off: -24 imm: 0
	462: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	463: StXMemW dst: rfp src: r1 off: -8 imm: 0
	464: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	466: MovReg dst: r2 src: rfp
	467: AddImm dst: r2 imm: -64
	468: MovImm dst: r3 imm: 60
	469: MovImm dst: r4 imm: 0
	470: Call FnRingbufOutput
	471: MovImm dst: r0 imm: 0
	472: Exit
malformed:
	   ; truncated or malformed header: drop
	473: StMemW dst: rfp src: r0 off: -76 imm: 2
	474: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	476: MovReg dst: r2 src: rfp
	477: AddImm dst: r2 imm: -76
	478: Call FnMapLookupElem
	479: JEqImm dst: r0 off: -1 imm: 0 <count_done_35>
	480: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	481: AddImm dst: r1 imm: 1
	482: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	483: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	484: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	485: AddReg dst: r2 src: r1
	486: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_35:
	487: MovImm dst: r0 imm: 2
	488: Exit

