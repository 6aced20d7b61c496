== subject-256 policy_ingress (section tcx/egress, enforced=true, 735 instructions)
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
v6_fragfirst_5:
	 199: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 200: AddImm dst: r4 imm: 8
v6_ext_6:
	    ; IPv6 extension header 2
	 201: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 202: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 203: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 204: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 205: Ja off: -1 <l4_6>
v6_opt_7:
	 206: MovReg dst: r0 src: r4
	 207: AddImm dst: r0 imm: 8
	 208: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 209: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 210: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 211: AddImm dst: r1 imm: 1
	 212: LShImm dst: r1 imm: 3
	 213: AddReg dst: r4 src: r1
	 214: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 215: MovReg dst: r0 src: r4
	 216: AddImm dst: r0 imm: 8
	 217: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 218: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 219: SwapBE dst: r1 
	 220: AndImm dst: r1 imm: 65528
	 221: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 222: OrImm dst: r7 imm: 768
v6_fragfirst_9:
	 223: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 224: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 3
	 225: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 226: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 227: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 228: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 229: Ja off: -1 <l4_6>
v6_opt_11:
	 230: MovReg dst: r0 src: r4
	 231: AddImm dst: r0 imm: 8
	 232: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 233: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 234: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 235: AddImm dst: r1 imm: 1
	 236: LShImm dst: r1 imm: 3
	 237: AddReg dst: r4 src: r1
	 238: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 239: MovReg dst: r0 src: r4
	 240: AddImm dst: r0 imm: 8
	 241: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 242: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 243: SwapBE dst: r1 
	 244: AndImm dst: r1 imm: 65528
	 245: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 246: OrImm dst: r7 imm: 768
v6_fragfirst_13:
	 247: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 248: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 4
	 249: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 250: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 251: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 252: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 253: Ja off: -1 <l4_6>
v6_opt_15:
	 254: MovReg dst: r0 src: r4
	 255: AddImm dst: r0 imm: 8
	 256: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 257: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 258: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 259: AddImm dst: r1 imm: 1
	 260: LShImm dst: r1 imm: 3
	 261: AddReg dst: r4 src: r1
	 262: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 263: MovReg dst: r0 src: r4
	 264: AddImm dst: r0 imm: 8
	 265: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 266: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 267: SwapBE dst: r1 
	 268: AndImm dst: r1 imm: 65528
	 269: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 270: OrImm dst: r7 imm: 768
v6_fragfirst_17:
	 271: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 272: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 5
	 273: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 274: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 275: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 276: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 277: Ja off: -1 <l4_6>
v6_opt_19:
	 278: MovReg dst: r0 src: r4
	 279: AddImm dst: r0 imm: 8
	 280: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 281: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 282: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 283: AddImm dst: r1 imm: 1
	 284: LShImm dst: r1 imm: 3
	 285: AddReg dst: r4 src: r1
	 286: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 287: MovReg dst: r0 src: r4
	 288: AddImm dst: r0 imm: 8
	 289: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 290: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 291: SwapBE dst: r1 
	 292: AndImm dst: r1 imm: 65528
	 293: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 294: OrImm dst: r7 imm: 768
v6_fragfirst_21:
	 295: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 296: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 6
	 297: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 298: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 299: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 300: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 301: Ja off: -1 <l4_6>
v6_opt_23:
	 302: MovReg dst: r0 src: r4
	 303: AddImm dst: r0 imm: 8
	 304: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 305: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 306: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 307: AddImm dst: r1 imm: 1
	 308: LShImm dst: r1 imm: 3
	 309: AddReg dst: r4 src: r1
	 310: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 311: MovReg dst: r0 src: r4
	 312: AddImm dst: r0 imm: 8
	 313: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 314: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 315: SwapBE dst: r1 
	 316: AndImm dst: r1 imm: 65528
	 317: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 318: OrImm dst: r7 imm: 768
v6_fragfirst_25:
	 319: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 320: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 7
	 321: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 322: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 323: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 324: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 325: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 326: OrReg dst: r7 src: r5
	 327: MovImm dst: r8 imm: 0
	 328: StMemW dst: rfp src: r0 off: -120 imm: 0
	 329: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 330: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 331: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 332: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 333: Ja off: -1 <l4done_6>
tcp_6:
	 334: MovReg dst: r0 src: r4
	 335: AddImm dst: r0 imm: 20
	 336: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 337: Ja off: -1 <ports_6>
udp_6:
	 338: MovReg dst: r0 src: r4
	 339: AddImm dst: r0 imm: 8
	 340: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 341: Ja off: -1 <ports_6>
sctp_6:
	 342: MovReg dst: r0 src: r4
	 343: AddImm dst: r0 imm: 12
	 344: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 345: Ja off: -1 <ports_6>
ports_6:
	 346: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 347: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 348: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 349: SwapBE dst: r8 
	 350: Ja off: -1 <l4done_6>
l4done_6:
	 351: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 352: StMemB dst: rfp src: r0 off: -115 imm: 0
	 353: StMemB dst: rfp src: r0 off: -114 imm: 6
	 354: StMemB dst: rfp src: r0 off: -113 imm: 0
	 355: StMemW dst: rfp src: r0 off: -112 imm: 256
	 356: StMemB dst: rfp src: r0 off: -72 imm: 6
	    ; conntrack: established and reply packets pass without policy
	 357: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_30>
	 358: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 360: MovReg dst: r2 src: rfp
	 361: AddImm dst: r2 imm: -152
	 362: Call FnMapLookupElem
	 363: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
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
	 376: StMemB dst: rfp src: r0 off: -115 imm: 1
	 377: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 379: MovReg dst: r2 src: rfp
	 380: AddImm dst: r2 imm: -152
	 381: Call FnMapLookupElem
	 382: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	 383: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 384: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 385: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 386: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 387: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 388: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 389: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 390: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 391: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 392: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 393: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 394: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 395: StMemB dst: rfp src: r0 off: -115 imm: 0
ct_skip_30:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 396: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 398: MovReg dst: r2 src: rfp
	 399: AddImm dst: r2 imm: -152
	 400: Call FnMapLookupElem
	 401: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 402: StMemW dst: rfp src: r0 off: -100 imm: 128
	 403: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 404: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 405: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 406: StXMemW dst: rfp src: r1 off: -92 imm: 0
	 407: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 408: StXMemW dst: rfp src: r1 off: -88 imm: 0
	 409: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 410: StXMemW dst: rfp src: r1 off: -84 imm: 0
	 411: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 413: MovReg dst: r2 src: rfp
	 414: AddImm dst: r2 imm: -100
	 415: Call FnMapLookupElem
	 416: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 417: StMemW dst: rfp src: r0 off: -80 imm: 10
	 418: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 419: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	 420: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	 421: LShImm dst: r1 imm: 16
	 422: OrImm dst: r1 imm: 512
	 423: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
	 424: StMemW dst: rfp src: r0 off: -76 imm: 3
	 425: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 427: MovReg dst: r2 src: rfp
	 428: AddImm dst: r2 imm: -76
	 429: Call FnMapLookupElem
	 430: JEqImm dst: r0 off: -1 imm: 0 <count_done_31>
	 431: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 432: AddImm dst: r1 imm: 1
	 433: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 434: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 435: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 436: AddReg dst: r2 src: r1
	 437: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_31:
	 438: MovImm dst: r0 imm: 0
	 439: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 440: StMemW dst: rfp src: r0 off: -76 imm: 4
	 441: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 443: MovReg dst: r2 src: rfp
	 444: AddImm dst: r2 imm: -76
	 445: Call FnMapLookupElem
	 446: JEqImm dst: r0 off: -1 imm: 0 <count_done_32>
	 447: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 448: AddImm dst: r1 imm: 1
	 449: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 450: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 451: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 452: AddReg dst: r2 src: r1
	 453: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_32:
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
	 472: JEqImm dst: r0 off: -1 imm: 0 <count_done_33>
	 473: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 474: AddImm dst: r1 imm: 1
	 475: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 476: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 477: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 478: AddReg dst: r2 src: r1
	 479: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_33:
	 480: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 481: MovReg dst: r1 src: r7
	 482: AndImm dst: r1 imm: 511
	 483: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 484: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 485: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 5 intervals
	 486: JGEImm dst: r8 off: -1 imm: 2 <ge_34>
	 487: JGEImm dst: r8 off: -1 imm: 1 <ge_35>
	 488: Ja off: -1 <class_0>
ge_35:
	 489: Ja off: -1 <class_1>
ge_34:
	 490: JGEImm dst: r8 off: -1 imm: 10000 <ge_36>
	 491: Ja off: -1 <class_0>
ge_36:
	 492: JGEImm dst: r8 off: -1 imm: 10001 <ge_37>
	 493: Ja off: -1 <class_2>
ge_37:
	 494: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 3 intervals
	 495: JGEImm dst: r8 off: -1 imm: 1 <ge_38>
	 496: Ja off: -1 <class_0>
ge_38:
	 497: JGEImm dst: r8 off: -1 imm: 1025 <ge_39>
	 498: Ja off: -1 <class_3>
ge_39:
	 499: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order []
	 500: Ja off: -1 <default>
class_1:
	    ; class 1: candidates in precedence order [4]
	 501: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 502: JSet32Imm dst: r1 off: -1 imm: 4 <c1_entry4_40>
	 503: Ja off: -1 <default>
c1_entry4_40:
	    ; entry 4 allow peer={reserved.host=} proto=6 ports=1-1: ns/random random.yaml:4:3
	 504: MovImm dst: r8 imm: 4
	 505: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [3]
	 506: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 507: JSet32Imm dst: r1 off: -1 imm: 1 <c2_entry3_41>
	 508: Ja off: -1 <default>
c2_entry3_41:
	    ; entry 3 allow peer={} proto=6 ports=10000-10000: ns/random random.yaml:3:3
	 509: MovImm dst: r8 imm: 3
	 510: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [1]
	 511: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 512: JSet32Imm dst: r1 off: -1 imm: 32 <c3_entry1_42>
	 513: Ja off: -1 <default>
c3_entry1_42:
	    ; entry 1 redirect peer={reserved.world=} proto=132 ports=1-1024: ns/random random.yaml:1:3
	 514: MovImm dst: r8 imm: 1
	 515: MovImm dst: r9 imm: 39738
	 516: Ja off: -1 <verdict_redirect>
default:
	    ; no entry matches: deny (enforced=true)
	 517: MovImm dst: r8 imm: 0
	 518: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, record the flow, emit an event
	 519: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 520: XorReg dst: r8 src: r1
	 521: XorReg dst: r8 src: r1
	 522: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 523: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 525: MovReg dst: r2 src: rfp
	 526: AddImm dst: r2 imm: -76
	 527: Call FnMapLookupElem
	 528: JEqImm dst: r0 off: -1 imm: 0 <count_done_43>
	 529: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 530: AddImm dst: r1 imm: 1
	 531: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 532: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 533: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 534: AddReg dst: r2 src: r1
	 535: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_43:
	 536: StMemW dst: rfp src: r0 off: -60 imm: 256
	 537: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 538: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 539: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 540: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 541: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 542: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 543: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 544: LShImm dst: r2 imm: 24
	 545: OrReg dst: r1 src: r2
	 546: OrImm dst: r1 imm: 0
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
	    ; verdict allow: count, record the flow, emit an event
	 575: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 576: XorReg dst: r8 src: r1
	 577: XorReg dst: r8 src: r1
	 578: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 579: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 581: MovReg dst: r2 src: rfp
	 582: AddImm dst: r2 imm: -76
	 583: Call FnMapLookupElem
	 584: JEqImm dst: r0 off: -1 imm: 0 <count_done_44>
	 585: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 586: AddImm dst: r1 imm: 1
	 587: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 588: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 589: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 590: AddReg dst: r2 src: r1
	 591: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_44:
	 592: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_45>
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
ct_norecord_45:
	 605: StMemW dst: rfp src: r0 off: -60 imm: 256
	 606: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 607: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 608: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 609: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 610: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 611: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 612: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 613: LShImm dst: r2 imm: 24
	 614: OrReg dst: r1 src: r2
	 615: OrImm dst: r1 imm: 256
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
verdict_redirect:
	    ; verdict redirect: count, record the flow, emit an event
	 644: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 645: XorReg dst: r8 src: r1
	 646: XorReg dst: r8 src: r1
	 647: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 648: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 650: MovReg dst: r2 src: rfp
	 651: AddImm dst: r2 imm: -76
	 652: Call FnMapLookupElem
	 653: JEqImm dst: r0 off: -1 imm: 0 <count_done_46>
	 654: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 655: AddImm dst: r1 imm: 1
	 656: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 657: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 658: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 659: AddReg dst: r2 src: r1
	 660: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_46:
	 661: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_47>
	 662: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 663: StXMemH dst: rfp src: r9 off: -104 imm: 0
	 664: StMemB dst: rfp src: r0 off: -102 imm: 2
	 665: StMemB dst: rfp src: r0 off: -101 imm: 0
	 666: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 668: MovReg dst: r2 src: rfp
	 669: AddImm dst: r2 imm: -152
	 670: MovReg dst: r3 src: rfp
	 671: AddImm dst: r3 imm: -108
	 672: MovImm dst: r4 imm: 0
	 673: Call FnMapUpdateElem
ct_norecord_47:
	 674: MovReg dst: r1 src: r9
	 675: LShImm dst: r1 imm: 16
	 676: OrImm dst: r1 imm: 512
	 677: StXMemW dst: r6 src: r1 off: 8 imm: 0
	 678: StMemW dst: rfp src: r0 off: -60 imm: 256
	 679: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 680: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 681: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 682: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 683: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 684: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 685: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 686: LShImm dst: r2 imm: 24
	 687: OrReg dst: r1 src: r2
	 688: OrImm dst: r1 imm: 512
	 689: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 690: StMemW dst: rfp src: r0 off: -44 imm: 0
	 691: MovReg dst: r1 src: r9
	 692: AndImm dst: r1 imm: 65535
	 693: StXMemW dst: rfp src: r1 off: -40 imm: 0
	 694: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 695: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 696: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 697: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 698: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 699: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 700: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 701: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 702: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 703: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 704: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 705: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 706: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 707: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 708: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 709: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 710: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 712: MovReg dst: r2 src: rfp
	 713: AddImm dst: r2 imm: -64
	 714: MovImm dst: r3 imm: 60
	 715: MovImm dst: r4 imm: 0
	 716: Call FnRingbufOutput
	 717: MovImm dst: r0 imm: 0
	 718: Exit
malformed:
	    ; truncated or malformed header: drop
	 719: StMemW dst: rfp src: r0 off: -76 imm: 2
	 720: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 722: MovReg dst: r2 src: rfp
	 723: AddImm dst: r2 imm: -76
	 724: Call FnMapLookupElem
	 725: JEqImm dst: r0 off: -1 imm: 0 <count_done_48>
	 726: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 727: AddImm dst: r1 imm: 1
	 728: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 729: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 730: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 731: AddReg dst: r2 src: r1
	 732: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_48:
	 733: MovImm dst: r0 imm: 2
	 734: Exit

== subject-256 policy_egress (section tcx/ingress, enforced=true, 678 instructions)
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
v6_fragfirst_5:
	 199: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 200: AddImm dst: r4 imm: 8
v6_ext_6:
	    ; IPv6 extension header 2
	 201: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 202: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 203: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 204: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 205: Ja off: -1 <l4_6>
v6_opt_7:
	 206: MovReg dst: r0 src: r4
	 207: AddImm dst: r0 imm: 8
	 208: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 209: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 210: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 211: AddImm dst: r1 imm: 1
	 212: LShImm dst: r1 imm: 3
	 213: AddReg dst: r4 src: r1
	 214: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 215: MovReg dst: r0 src: r4
	 216: AddImm dst: r0 imm: 8
	 217: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 218: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 219: SwapBE dst: r1 
	 220: AndImm dst: r1 imm: 65528
	 221: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 222: OrImm dst: r7 imm: 768
v6_fragfirst_9:
	 223: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 224: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 3
	 225: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 226: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 227: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 228: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 229: Ja off: -1 <l4_6>
v6_opt_11:
	 230: MovReg dst: r0 src: r4
	 231: AddImm dst: r0 imm: 8
	 232: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 233: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 234: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 235: AddImm dst: r1 imm: 1
	 236: LShImm dst: r1 imm: 3
	 237: AddReg dst: r4 src: r1
	 238: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 239: MovReg dst: r0 src: r4
	 240: AddImm dst: r0 imm: 8
	 241: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 242: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 243: SwapBE dst: r1 
	 244: AndImm dst: r1 imm: 65528
	 245: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 246: OrImm dst: r7 imm: 768
v6_fragfirst_13:
	 247: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 248: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 4
	 249: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 250: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 251: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 252: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 253: Ja off: -1 <l4_6>
v6_opt_15:
	 254: MovReg dst: r0 src: r4
	 255: AddImm dst: r0 imm: 8
	 256: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 257: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 258: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 259: AddImm dst: r1 imm: 1
	 260: LShImm dst: r1 imm: 3
	 261: AddReg dst: r4 src: r1
	 262: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 263: MovReg dst: r0 src: r4
	 264: AddImm dst: r0 imm: 8
	 265: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 266: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 267: SwapBE dst: r1 
	 268: AndImm dst: r1 imm: 65528
	 269: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 270: OrImm dst: r7 imm: 768
v6_fragfirst_17:
	 271: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 272: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 5
	 273: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 274: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 275: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 276: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 277: Ja off: -1 <l4_6>
v6_opt_19:
	 278: MovReg dst: r0 src: r4
	 279: AddImm dst: r0 imm: 8
	 280: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 281: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 282: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 283: AddImm dst: r1 imm: 1
	 284: LShImm dst: r1 imm: 3
	 285: AddReg dst: r4 src: r1
	 286: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 287: MovReg dst: r0 src: r4
	 288: AddImm dst: r0 imm: 8
	 289: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 290: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 291: SwapBE dst: r1 
	 292: AndImm dst: r1 imm: 65528
	 293: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 294: OrImm dst: r7 imm: 768
v6_fragfirst_21:
	 295: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 296: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 6
	 297: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 298: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 299: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 300: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 301: Ja off: -1 <l4_6>
v6_opt_23:
	 302: MovReg dst: r0 src: r4
	 303: AddImm dst: r0 imm: 8
	 304: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 305: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 306: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 307: AddImm dst: r1 imm: 1
	 308: LShImm dst: r1 imm: 3
	 309: AddReg dst: r4 src: r1
	 310: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 311: MovReg dst: r0 src: r4
	 312: AddImm dst: r0 imm: 8
	 313: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 314: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 315: SwapBE dst: r1 
	 316: AndImm dst: r1 imm: 65528
	 317: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 318: OrImm dst: r7 imm: 768
v6_fragfirst_25:
	 319: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 320: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 7
	 321: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 322: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 323: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 324: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 325: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 326: OrReg dst: r7 src: r5
	 327: MovImm dst: r8 imm: 0
	 328: StMemW dst: rfp src: r0 off: -120 imm: 0
	 329: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 330: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 331: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 332: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 333: Ja off: -1 <l4done_6>
tcp_6:
	 334: MovReg dst: r0 src: r4
	 335: AddImm dst: r0 imm: 20
	 336: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 337: Ja off: -1 <ports_6>
udp_6:
	 338: MovReg dst: r0 src: r4
	 339: AddImm dst: r0 imm: 8
	 340: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 341: Ja off: -1 <ports_6>
sctp_6:
	 342: MovReg dst: r0 src: r4
	 343: AddImm dst: r0 imm: 12
	 344: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 345: Ja off: -1 <ports_6>
ports_6:
	 346: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 347: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 348: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 349: SwapBE dst: r8 
	 350: Ja off: -1 <l4done_6>
l4done_6:
	 351: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 352: StMemB dst: rfp src: r0 off: -115 imm: 1
	 353: StMemB dst: rfp src: r0 off: -114 imm: 6
	 354: StMemB dst: rfp src: r0 off: -113 imm: 0
	 355: StMemW dst: rfp src: r0 off: -112 imm: 256
	 356: StMemB dst: rfp src: r0 off: -72 imm: 6
	    ; conntrack: established and reply packets pass without policy
	 357: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_30>
	 358: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 360: MovReg dst: r2 src: rfp
	 361: AddImm dst: r2 imm: -152
	 362: Call FnMapLookupElem
	 363: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
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
	 377: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 379: MovReg dst: r2 src: rfp
	 380: AddImm dst: r2 imm: -152
	 381: Call FnMapLookupElem
	 382: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	 383: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 384: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 385: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 386: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 387: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 388: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 389: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 390: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 391: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 392: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 393: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 394: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 395: StMemB dst: rfp src: r0 off: -115 imm: 1
ct_skip_30:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 396: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 398: MovReg dst: r2 src: rfp
	 399: AddImm dst: r2 imm: -136
	 400: Call FnMapLookupElem
	 401: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 402: StMemW dst: rfp src: r0 off: -100 imm: 128
	 403: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 404: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 405: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 406: StXMemW dst: rfp src: r1 off: -92 imm: 0
	 407: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 408: StXMemW dst: rfp src: r1 off: -88 imm: 0
	 409: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 410: StXMemW dst: rfp src: r1 off: -84 imm: 0
	 411: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 413: MovReg dst: r2 src: rfp
	 414: AddImm dst: r2 imm: -100
	 415: Call FnMapLookupElem
	 416: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 417: StMemW dst: rfp src: r0 off: -80 imm: 10
	 418: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 419: StMemW dst: rfp src: r0 off: -76 imm: 3
	 420: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 422: MovReg dst: r2 src: rfp
	 423: AddImm dst: r2 imm: -76
	 424: Call FnMapLookupElem
	 425: JEqImm dst: r0 off: -1 imm: 0 <count_done_31>
	 426: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 427: AddImm dst: r1 imm: 1
	 428: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 429: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 430: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 431: AddReg dst: r2 src: r1
	 432: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_31:
	 433: MovImm dst: r0 imm: 0
	 434: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 435: StMemW dst: rfp src: r0 off: -76 imm: 4
	 436: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 438: MovReg dst: r2 src: rfp
	 439: AddImm dst: r2 imm: -76
	 440: Call FnMapLookupElem
	 441: JEqImm dst: r0 off: -1 imm: 0 <count_done_32>
	 442: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 443: AddImm dst: r1 imm: 1
	 444: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 445: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 446: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 447: AddReg dst: r2 src: r1
	 448: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_32:
	 449: MovImm dst: r0 imm: 0
	 450: Exit
have_identity:
	 451: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 452: StXMemW dst: rfp src: r1 off: -80 imm: 0
membership:
	    ; selector membership of the peer identity
	 453: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 455: MovReg dst: r2 src: rfp
	 456: AddImm dst: r2 imm: -80
	 457: Call FnMapLookupElem
	 458: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 459: MovReg dst: r9 src: r0
	 460: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 461: StMemW dst: rfp src: r0 off: -76 imm: 6
	 462: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 464: MovReg dst: r2 src: rfp
	 465: AddImm dst: r2 imm: -76
	 466: Call FnMapLookupElem
	 467: JEqImm dst: r0 off: -1 imm: 0 <count_done_33>
	 468: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 469: AddImm dst: r1 imm: 1
	 470: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 471: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 472: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 473: AddReg dst: r2 src: r1
	 474: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_33:
	 475: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 476: MovReg dst: r1 src: r7
	 477: AndImm dst: r1 imm: 511
	 478: JEqImm dst: r1 off: -1 imm: 1 <tree_1>
	 479: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 480: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 481: JEqImm dst: r1 off: -1 imm: 388 <class_4>
	 482: Ja off: -1 <class_0>
tree_1:
	    ; protocol 1: port compare tree over 5 intervals
	 483: JGEImm dst: r8 off: -1 imm: 129 <ge_34>
	 484: JGEImm dst: r8 off: -1 imm: 128 <ge_35>
	 485: Ja off: -1 <class_0>
ge_35:
	 486: Ja off: -1 <class_1>
ge_34:
	 487: JGEImm dst: r8 off: -1 imm: 135 <ge_36>
	 488: Ja off: -1 <class_0>
ge_36:
	 489: JGEImm dst: r8 off: -1 imm: 136 <ge_37>
	 490: Ja off: -1 <class_2>
ge_37:
	 491: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 3 intervals
	 492: JGEImm dst: r8 off: -1 imm: 22 <ge_38>
	 493: Ja off: -1 <class_0>
ge_38:
	 494: JGEImm dst: r8 off: -1 imm: 82 <ge_39>
	 495: Ja off: -1 <class_3>
ge_39:
	 496: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 1 intervals
	 497: Ja off: -1 <class_4>
class_0:
	    ; class 0: candidates in precedence order [5]
	 498: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 499: JSet32Imm dst: r1 off: -1 imm: 16 <c0_entry5_40>
	 500: Ja off: -1 <default>
c0_entry5_40:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 501: MovImm dst: r8 imm: 5
	 502: Ja off: -1 <verdict_deny>
class_1:
	    ; class 1: candidates in precedence order [5 8]
	 503: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 504: JSet32Imm dst: r1 off: -1 imm: 16 <c1_entry5_41>
	 505: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry8_42>
	 506: Ja off: -1 <default>
c1_entry5_41:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 507: MovImm dst: r8 imm: 5
	 508: Ja off: -1 <verdict_deny>
c1_entry8_42:
	    ; entry 8 allow peer={} proto=1 ports=128-128: ns/random random.yaml:8:3
	 509: MovImm dst: r8 imm: 8
	 510: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [5 9]
	 511: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 512: JSet32Imm dst: r1 off: -1 imm: 16 <c2_entry5_43>
	 513: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry9_44>
	 514: Ja off: -1 <default>
c2_entry5_43:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 515: MovImm dst: r8 imm: 5
	 516: Ja off: -1 <verdict_deny>
c2_entry9_44:
	    ; entry 9 allow peer={reserved.host=} proto=1 ports=135-135: ns/random random.yaml:9:3
	 517: MovImm dst: r8 imm: 9
	 518: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [5 6]
	 519: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 520: JSet32Imm dst: r1 off: -1 imm: 16 <c3_entry5_45>
	 521: JSet32Imm dst: r1 off: -1 imm: 1 <c3_entry6_46>
	 522: Ja off: -1 <default>
c3_entry5_45:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 523: MovImm dst: r8 imm: 5
	 524: Ja off: -1 <verdict_deny>
c3_entry6_46:
	    ; entry 6 deny peer={} proto=6 ports=22-81: ns/random random.yaml:6:3
	 525: MovImm dst: r8 imm: 6
	 526: Ja off: -1 <verdict_deny>
class_4:
	    ; class 4: candidates in precedence order [5 7]
	 527: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 528: JSet32Imm dst: r1 off: -1 imm: 16 <c4_entry5_47>
	 529: JSet32Imm dst: r1 off: -1 imm: 8 <c4_entry7_48>
	 530: Ja off: -1 <default>
c4_entry5_47:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 531: MovImm dst: r8 imm: 5
	 532: Ja off: -1 <verdict_deny>
c4_entry7_48:
	    ; entry 7 deny peer={k8s.app=b} proto=132 ports=0-65535: ns/random random.yaml:7:3
	 533: MovImm dst: r8 imm: 7
	 534: Ja off: -1 <verdict_deny>
default:
	    ; no entry matches: deny (enforced=true)
	 535: MovImm dst: r8 imm: 0
	 536: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, record the flow, emit an event
	 537: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 538: XorReg dst: r8 src: r1
	 539: XorReg dst: r8 src: r1
	 540: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 541: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 543: MovReg dst: r2 src: rfp
	 544: AddImm dst: r2 imm: -76
	 545: Call FnMapLookupElem
	 546: JEqImm dst: r0 off: -1 imm: 0 <count_done_49>
	 547: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 548: AddImm dst: r1 imm: 1
	 549: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 550: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 551: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 552: AddReg dst: r2 src: r1
	 553: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_49:
	 554: StMemW dst: rfp src: r0 off: -64 imm: 256
	 555: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 556: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 557: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 558: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 559: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 560: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 561: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 562: LShImm dst: r2 imm: 24
	 563: OrReg dst: r1 src: r2
	 564: OrImm dst: r1 imm: 65536
	 565: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 566: StMemW dst: rfp src: r0 off: -44 imm: 0
	 567: StMemW dst: rfp src: r0 off: -40 imm: 0
	 568: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 569: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 570: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 571: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 572: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 573: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 574: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 575: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 576: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 577: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 578: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 579: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 580: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 581: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 582: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 583: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 584: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 586: MovReg dst: r2 src: rfp
	 587: AddImm dst: r2 imm: -64
	 588: MovImm dst: r3 imm: 60
	 589: MovImm dst: r4 imm: 0
	 590: Call FnRingbufOutput
	 591: MovImm dst: r0 imm: 2
	 592: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event
	 593: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 594: XorReg dst: r8 src: r1
	 595: XorReg dst: r8 src: r1
	 596: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 597: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 599: MovReg dst: r2 src: rfp
	 600: AddImm dst: r2 imm: -76
	 601: Call FnMapLookupElem
	 602: JEqImm dst: r0 off: -1 imm: 0 <count_done_50>
	 603: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 604: AddImm dst: r1 imm: 1
	 605: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 606: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 607: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 608: AddReg dst: r2 src: r1
	 609: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_50:
	 610: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_51>
	 611: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 612: StMemH dst: rfp src: r0 off: -104 imm: 0
	 613: StMemB dst: rfp src: r0 off: -102 imm: 1
	 614: StMemB dst: rfp src: r0 off: -101 imm: 0
	 615: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 617: MovReg dst: r2 src: rfp
	 618: AddImm dst: r2 imm: -152
	 619: MovReg dst: r3 src: rfp
	 620: AddImm dst: r3 imm: -108
	 621: MovImm dst: r4 imm: 0
	 622: Call FnMapUpdateElem
ct_norecord_51:
	 623: StMemW dst: rfp src: r0 off: -64 imm: 256
	 624: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 625: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 626: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 627: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 628: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 629: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 630: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 631: LShImm dst: r2 imm: 24
	 632: OrReg dst: r1 src: r2
	 633: OrImm dst: r1 imm: 65792
	 634: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 635: StMemW dst: rfp src: r0 off: -44 imm: 0
	 636: StMemW dst: rfp src: r0 off: -40 imm: 0
	 637: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 638: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 639: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 640: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 641: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 642: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 643: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 644: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 645: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 646: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 647: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 648: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 649: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 650: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 651: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 652: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 653: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 655: MovReg dst: r2 src: rfp
	 656: AddImm dst: r2 imm: -64
	 657: MovImm dst: r3 imm: 60
	 658: MovImm dst: r4 imm: 0
	 659: Call FnRingbufOutput
	 660: MovImm dst: r0 imm: 0
	 661: Exit
malformed:
	    ; truncated or malformed header: drop
	 662: StMemW dst: rfp src: r0 off: -76 imm: 2
	 663: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 665: MovReg dst: r2 src: rfp
	 666: AddImm dst: r2 imm: -76
	 667: Call FnMapLookupElem
	 668: JEqImm dst: r0 off: -1 imm: 0 <count_done_52>
	 669: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 670: AddImm dst: r1 imm: 1
	 671: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 672: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 673: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 674: AddReg dst: r2 src: r1
	 675: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_52:
	 676: MovImm dst: r0 imm: 2
	 677: Exit

== subject-257 policy_ingress (section tcx/egress, enforced=false, 487 instructions)
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
v6_fragfirst_5:
	169: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	170: AddImm dst: r4 imm: 8
v6_ext_6:
	   ; IPv6 extension header 2
	171: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	172: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	173: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	174: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	175: Ja off: -1 <l4_6>
v6_opt_7:
	176: MovReg dst: r0 src: r4
	177: AddImm dst: r0 imm: 8
	178: JGTReg dst: r0 off: -1 src: r3 <malformed>
	179: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	180: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	181: AddImm dst: r1 imm: 1
	182: LShImm dst: r1 imm: 3
	183: AddReg dst: r4 src: r1
	184: Ja off: -1 <v6_ext_10>
v6_frag_8:
	185: MovReg dst: r0 src: r4
	186: AddImm dst: r0 imm: 8
	187: JGTReg dst: r0 off: -1 src: r3 <malformed>
	188: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	189: SwapBE dst: r1 
	190: AndImm dst: r1 imm: 65528
	191: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	192: OrImm dst: r7 imm: 768
v6_fragfirst_9:
	193: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	194: AddImm dst: r4 imm: 8
v6_ext_10:
	   ; IPv6 extension header 3
	195: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	196: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	197: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	198: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	199: Ja off: -1 <l4_6>
v6_opt_11:
	200: MovReg dst: r0 src: r4
	201: AddImm dst: r0 imm: 8
	202: JGTReg dst: r0 off: -1 src: r3 <malformed>
	203: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	204: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	205: AddImm dst: r1 imm: 1
	206: LShImm dst: r1 imm: 3
	207: AddReg dst: r4 src: r1
	208: Ja off: -1 <v6_ext_14>
v6_frag_12:
	209: MovReg dst: r0 src: r4
	210: AddImm dst: r0 imm: 8
	211: JGTReg dst: r0 off: -1 src: r3 <malformed>
	212: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	213: SwapBE dst: r1 
	214: AndImm dst: r1 imm: 65528
	215: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	216: OrImm dst: r7 imm: 768
v6_fragfirst_13:
	217: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	218: AddImm dst: r4 imm: 8
v6_ext_14:
	   ; IPv6 extension header 4
	219: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	220: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	221: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	222: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	223: Ja off: -1 <l4_6>
v6_opt_15:
	224: MovReg dst: r0 src: r4
	225: AddImm dst: r0 imm: 8
	226: JGTReg dst: r0 off: -1 src: r3 <malformed>
	227: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	228: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	229: AddImm dst: r1 imm: 1
	230: LShImm dst: r1 imm: 3
	231: AddReg dst: r4 src: r1
	232: Ja off: -1 <v6_ext_18>
v6_frag_16:
	233: MovReg dst: r0 src: r4
	234: AddImm dst: r0 imm: 8
	235: JGTReg dst: r0 off: -1 src: r3 <malformed>
	236: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	237: SwapBE dst: r1 
	238: AndImm dst: r1 imm: 65528
	239: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	240: OrImm dst: r7 imm: 768
v6_fragfirst_17:
	241: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	242: AddImm dst: r4 imm: 8
v6_ext_18:
	   ; IPv6 extension header 5
	243: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	244: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	245: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	246: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	247: Ja off: -1 <l4_6>
v6_opt_19:
	248: MovReg dst: r0 src: r4
	249: AddImm dst: r0 imm: 8
	250: JGTReg dst: r0 off: -1 src: r3 <malformed>
	251: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	252: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	253: AddImm dst: r1 imm: 1
	254: LShImm dst: r1 imm: 3
	255: AddReg dst: r4 src: r1
	256: Ja off: -1 <v6_ext_22>
v6_frag_20:
	257: MovReg dst: r0 src: r4
	258: AddImm dst: r0 imm: 8
	259: JGTReg dst: r0 off: -1 src: r3 <malformed>
	260: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	261: SwapBE dst: r1 
	262: AndImm dst: r1 imm: 65528
	263: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	264: OrImm dst: r7 imm: 768
v6_fragfirst_21:
	265: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	266: AddImm dst: r4 imm: 8
v6_ext_22:
	   ; IPv6 extension header 6
	267: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	268: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	269: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	270: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	271: Ja off: -1 <l4_6>
v6_opt_23:
	272: MovReg dst: r0 src: r4
	273: AddImm dst: r0 imm: 8
	274: JGTReg dst: r0 off: -1 src: r3 <malformed>
	275: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	276: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	277: AddImm dst: r1 imm: 1
	278: LShImm dst: r1 imm: 3
	279: AddReg dst: r4 src: r1
	280: Ja off: -1 <v6_ext_26>
v6_frag_24:
	281: MovReg dst: r0 src: r4
	282: AddImm dst: r0 imm: 8
	283: JGTReg dst: r0 off: -1 src: r3 <malformed>
	284: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	285: SwapBE dst: r1 
	286: AndImm dst: r1 imm: 65528
	287: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	288: OrImm dst: r7 imm: 768
v6_fragfirst_25:
	289: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	290: AddImm dst: r4 imm: 8
v6_ext_26:
	   ; IPv6 extension header 7
	291: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	292: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	293: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	294: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	295: Ja off: -1 <l4_6>
l4_6:
	   ; transport header (IPv6)
	296: OrReg dst: r7 src: r5
	297: MovImm dst: r8 imm: 0
	298: StMemW dst: rfp src: r0 off: -120 imm: 0
	299: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	300: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	301: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	302: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	303: Ja off: -1 <l4done_6>
tcp_6:
	304: MovReg dst: r0 src: r4
	305: AddImm dst: r0 imm: 20
	306: JGTReg dst: r0 off: -1 src: r3 <malformed>
	307: Ja off: -1 <ports_6>
udp_6:
	308: MovReg dst: r0 src: r4
	309: AddImm dst: r0 imm: 8
	310: JGTReg dst: r0 off: -1 src: r3 <malformed>
	311: Ja off: -1 <ports_6>
sctp_6:
	312: MovReg dst: r0 src: r4
	313: AddImm dst: r0 imm: 12
	314: JGTReg dst: r0 off: -1 src: r3 <malformed>
	315: Ja off: -1 <ports_6>
ports_6:
	316: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	317: StXMemW dst: rfp src: r1 off: -120 imm: 0
	318: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	319: SwapBE dst: r8 
	320: Ja off: -1 <l4done_6>
l4done_6:
	321: StXMemB dst: rfp src: r5 off: -116 imm: 0
	322: StMemB dst: rfp src: r0 off: -115 imm: 0
	323: StMemB dst: rfp src: r0 off: -114 imm: 6
	324: StMemB dst: rfp src: r0 off: -113 imm: 0
	325: StMemW dst: rfp src: r0 off: -112 imm: 257
	326: StMemB dst: rfp src: r0 off: -72 imm: 6
	   ; conntrack: established and reply packets pass without policy
	327: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_30>
	328: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	330: MovReg dst: r2 src: rfp
	331: AddImm dst: r2 imm: -152
	332: Call FnMapLookupElem
	333: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	334: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	335: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	336: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	337: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	338: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	339: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	340: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	341: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	342: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	343: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	344: StXMemH dst: rfp src: r2 off: -120 imm: 0
	345: StXMemH dst: rfp src: r1 off: -118 imm: 0
	346: StMemB dst: rfp src: r0 off: -115 imm: 1
	347: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	349: MovReg dst: r2 src: rfp
	350: AddImm dst: r2 imm: -152
	351: Call FnMapLookupElem
	352: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	353: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	354: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	355: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	356: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	357: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	358: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	359: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	360: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	361: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	362: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	363: StXMemH dst: rfp src: r2 off: -120 imm: 0
	364: StXMemH dst: rfp src: r1 off: -118 imm: 0
	365: StMemB dst: rfp src: r0 off: -115 imm: 0
ct_skip_30:
	366: StMemW dst: rfp src: r0 off: -80 imm: 0
	367: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	368: StMemW dst: rfp src: r0 off: -76 imm: 3
	369: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	371: MovReg dst: r2 src: rfp
	372: AddImm dst: r2 imm: -76
	373: Call FnMapLookupElem
	374: JEqImm dst: r0 off: -1 imm: 0 <count_done_31>
	375: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	376: AddImm dst: r1 imm: 1
	377: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	378: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	379: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	380: AddReg dst: r2 src: r1
	381: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_31:
	382: MovImm dst: r0 imm: 0
	383: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	384: StMemW dst: rfp src: r0 off: -76 imm: 4
	385: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	387: MovReg dst: r2 src: rfp
	388: AddImm dst: r2 imm: -76
	389: Call FnMapLookupElem
	390: JEqImm dst: r0 off: -1 imm: 0 <count_done_32>
	391: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	392: AddImm dst: r1 imm: 1
	393: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	394: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	395: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	396: AddReg dst: r2 src: r1
	397: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_32:
	398: MovImm dst: r0 imm: 0
	399: Exit
default:
	   ; no entry matches: allow (enforced=false)
	400: MovImm dst: r8 imm: 0
	401: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event
	402: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	403: XorReg dst: r8 src: r1
	404: XorReg dst: r8 src: r1
	405: StXMemW dst: rfp src: r8 off: -76 imm: 0
	406: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	408: MovReg dst: r2 src: rfp
	409: AddImm dst: r2 imm: -76
	410: Call FnMapLookupElem
	411: JEqImm dst: r0 off: -1 imm: 0 <count_done_33>
	412: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	413: AddImm dst: r1 imm: 1
	414: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	415: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	416: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	417: AddReg dst: r2 src: r1
	418: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_33:
	419: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_34>
	420: StXMemW dst: rfp src: r8 off: -108 imm: 0
	421: StMemH dst: rfp src: r0 off: -104 imm: 0
	422: StMemB dst: rfp src: r0 off: -102 imm: 1
	423: StMemB dst: rfp src: r0 off: -101 imm: 0
	424: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	426: MovReg dst: r2 src: rfp
	427: AddImm dst: r2 imm: -152
	428: MovReg dst: r3 src: rfp
	429: AddImm dst: r3 imm: -108
	430: MovImm dst: r4 imm: 0
	431: Call FnMapUpdateElem
ct_norecord_34:
	432: StMemW dst: rfp src: r0 off: -60 imm: 257
	433: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	434: StXMemW dst: rfp src: r1 off: -64 imm: 0
	435: StXMemW dst: rfp src: r8 off: -56 imm: 0
	436: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	437: StXMemW dst: rfp src: r1 off: -52 imm: 0
	438: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	439: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	440: LShImm dst: r2 imm: 24
	441: OrReg dst: r1 src: r2
	442: OrImm dst: r1 imm: 256
	443: StXMemW dst: rfp src: r1 off: -48 imm: 0
	444: StMemW dst: rfp src: r0 off: -44 imm: 0
	445: StMemW dst: rfp src: r0 off: -40 imm: 0
	446: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	447: StXMemW dst: rfp src: r1 off: -36 imm: 0
	448: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	449: StXMemW dst: rfp src: r1 off: -20 imm: 0
	450: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	451: StXMemW dst: rfp src: r1 off: -32 imm: 0
	452: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	453: StXMemW dst: rfp src: r1 off: -16 imm: 0
	454: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	455: StXMemW dst: rfp src: r1 off: -28 imm: 0
	456: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	457: StXMemW dst: rfp src: r1 off: -12 imm: 0
	458: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	459: StXMemW dst: rfp src: r1 off: -24 imm: 0
	460: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	461: StXMemW dst: rfp src: r1 off: -8 imm: 0
	462: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	464: MovReg dst: r2 src: rfp
	465: AddImm dst: r2 imm: -64
	466: MovImm dst: r3 imm: 60
	467: MovImm dst: r4 imm: 0
	468: Call FnRingbufOutput
	469: MovImm dst: r0 imm: 0
	470: Exit
malformed:
	   ; truncated or malformed header: drop
	471: StMemW dst: rfp src: r0 off: -76 imm: 2
	472: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	474: MovReg dst: r2 src: rfp
	475: AddImm dst: r2 imm: -76
	476: Call FnMapLookupElem
	477: JEqImm dst: r0 off: -1 imm: 0 <count_done_35>
	478: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	479: AddImm dst: r1 imm: 1
	480: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	481: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	482: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	483: AddReg dst: r2 src: r1
	484: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_35:
	485: MovImm dst: r0 imm: 2
	486: Exit

== subject-257 policy_egress (section tcx/ingress, enforced=true, 648 instructions)
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
v6_fragfirst_5:
	 184: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 185: AddImm dst: r4 imm: 8
v6_ext_6:
	    ; IPv6 extension header 2
	 186: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 187: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 188: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 189: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 190: Ja off: -1 <l4_6>
v6_opt_7:
	 191: MovReg dst: r0 src: r4
	 192: AddImm dst: r0 imm: 8
	 193: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 194: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 195: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 196: AddImm dst: r1 imm: 1
	 197: LShImm dst: r1 imm: 3
	 198: AddReg dst: r4 src: r1
	 199: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 200: MovReg dst: r0 src: r4
	 201: AddImm dst: r0 imm: 8
	 202: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 203: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 204: SwapBE dst: r1 
	 205: AndImm dst: r1 imm: 65528
	 206: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 207: OrImm dst: r7 imm: 768
v6_fragfirst_9:
	 208: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 209: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 3
	 210: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 211: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 212: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 213: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 214: Ja off: -1 <l4_6>
v6_opt_11:
	 215: MovReg dst: r0 src: r4
	 216: AddImm dst: r0 imm: 8
	 217: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 218: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 219: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 220: AddImm dst: r1 imm: 1
	 221: LShImm dst: r1 imm: 3
	 222: AddReg dst: r4 src: r1
	 223: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 224: MovReg dst: r0 src: r4
	 225: AddImm dst: r0 imm: 8
	 226: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 227: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 228: SwapBE dst: r1 
	 229: AndImm dst: r1 imm: 65528
	 230: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 231: OrImm dst: r7 imm: 768
v6_fragfirst_13:
	 232: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 233: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 4
	 234: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 235: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 236: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 237: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 238: Ja off: -1 <l4_6>
v6_opt_15:
	 239: MovReg dst: r0 src: r4
	 240: AddImm dst: r0 imm: 8
	 241: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 242: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 243: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 244: AddImm dst: r1 imm: 1
	 245: LShImm dst: r1 imm: 3
	 246: AddReg dst: r4 src: r1
	 247: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 248: MovReg dst: r0 src: r4
	 249: AddImm dst: r0 imm: 8
	 250: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 251: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 252: SwapBE dst: r1 
	 253: AndImm dst: r1 imm: 65528
	 254: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 255: OrImm dst: r7 imm: 768
v6_fragfirst_17:
	 256: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 257: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 5
	 258: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 259: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 260: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 261: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 262: Ja off: -1 <l4_6>
v6_opt_19:
	 263: MovReg dst: r0 src: r4
	 264: AddImm dst: r0 imm: 8
	 265: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 266: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 267: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 268: AddImm dst: r1 imm: 1
	 269: LShImm dst: r1 imm: 3
	 270: AddReg dst: r4 src: r1
	 271: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 272: MovReg dst: r0 src: r4
	 273: AddImm dst: r0 imm: 8
	 274: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 275: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 276: SwapBE dst: r1 
	 277: AndImm dst: r1 imm: 65528
	 278: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 279: OrImm dst: r7 imm: 768
v6_fragfirst_21:
	 280: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 281: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 6
	 282: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 283: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 284: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 285: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 286: Ja off: -1 <l4_6>
v6_opt_23:
	 287: MovReg dst: r0 src: r4
	 288: AddImm dst: r0 imm: 8
	 289: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 290: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 291: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 292: AddImm dst: r1 imm: 1
	 293: LShImm dst: r1 imm: 3
	 294: AddReg dst: r4 src: r1
	 295: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 296: MovReg dst: r0 src: r4
	 297: AddImm dst: r0 imm: 8
	 298: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 299: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 300: SwapBE dst: r1 
	 301: AndImm dst: r1 imm: 65528
	 302: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 303: OrImm dst: r7 imm: 768
v6_fragfirst_25:
	 304: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 305: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 7
	 306: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 307: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 308: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 309: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 310: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 311: OrReg dst: r7 src: r5
	 312: MovImm dst: r8 imm: 0
	 313: StMemW dst: rfp src: r0 off: -120 imm: 0
	 314: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 315: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 316: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 317: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 318: Ja off: -1 <l4done_6>
tcp_6:
	 319: MovReg dst: r0 src: r4
	 320: AddImm dst: r0 imm: 20
	 321: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 322: Ja off: -1 <ports_6>
udp_6:
	 323: MovReg dst: r0 src: r4
	 324: AddImm dst: r0 imm: 8
	 325: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 326: Ja off: -1 <ports_6>
sctp_6:
	 327: MovReg dst: r0 src: r4
	 328: AddImm dst: r0 imm: 12
	 329: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 330: Ja off: -1 <ports_6>
ports_6:
	 331: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 332: StXMemW dst: rfp src: r1 off: -120 imm: 0
	 333: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 334: SwapBE dst: r8 
	 335: Ja off: -1 <l4done_6>
l4done_6:
	 336: StXMemB dst: rfp src: r5 off: -116 imm: 0
	 337: StMemB dst: rfp src: r0 off: -115 imm: 1
	 338: StMemB dst: rfp src: r0 off: -114 imm: 6
	 339: StMemB dst: rfp src: r0 off: -113 imm: 0
	 340: StMemW dst: rfp src: r0 off: -112 imm: 257
	 341: StMemB dst: rfp src: r0 off: -72 imm: 6
	    ; conntrack: established and reply packets pass without policy
	 342: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_30>
	 343: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 345: MovReg dst: r2 src: rfp
	 346: AddImm dst: r2 imm: -152
	 347: Call FnMapLookupElem
	 348: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
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
	 361: StMemB dst: rfp src: r0 off: -115 imm: 0
	 362: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 364: MovReg dst: r2 src: rfp
	 365: AddImm dst: r2 imm: -152
	 366: Call FnMapLookupElem
	 367: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	 368: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 369: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	 370: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	 371: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	 372: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 373: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	 374: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	 375: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	 376: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	 377: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	 378: StXMemH dst: rfp src: r2 off: -120 imm: 0
	 379: StXMemH dst: rfp src: r1 off: -118 imm: 0
	 380: StMemB dst: rfp src: r0 off: -115 imm: 1
ct_skip_30:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 381: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 383: MovReg dst: r2 src: rfp
	 384: AddImm dst: r2 imm: -136
	 385: Call FnMapLookupElem
	 386: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 387: StMemW dst: rfp src: r0 off: -100 imm: 128
	 388: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 389: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 390: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 391: StXMemW dst: rfp src: r1 off: -92 imm: 0
	 392: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 393: StXMemW dst: rfp src: r1 off: -88 imm: 0
	 394: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 395: StXMemW dst: rfp src: r1 off: -84 imm: 0
	 396: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 398: MovReg dst: r2 src: rfp
	 399: AddImm dst: r2 imm: -100
	 400: Call FnMapLookupElem
	 401: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 402: StMemW dst: rfp src: r0 off: -80 imm: 10
	 403: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 404: StMemW dst: rfp src: r0 off: -76 imm: 3
	 405: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 407: MovReg dst: r2 src: rfp
	 408: AddImm dst: r2 imm: -76
	 409: Call FnMapLookupElem
	 410: JEqImm dst: r0 off: -1 imm: 0 <count_done_31>
	 411: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 412: AddImm dst: r1 imm: 1
	 413: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 414: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 415: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 416: AddReg dst: r2 src: r1
	 417: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_31:
	 418: MovImm dst: r0 imm: 0
	 419: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 420: StMemW dst: rfp src: r0 off: -76 imm: 4
	 421: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 423: MovReg dst: r2 src: rfp
	 424: AddImm dst: r2 imm: -76
	 425: Call FnMapLookupElem
	 426: JEqImm dst: r0 off: -1 imm: 0 <count_done_32>
	 427: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 428: AddImm dst: r1 imm: 1
	 429: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 430: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 431: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 432: AddReg dst: r2 src: r1
	 433: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_32:
	 434: MovImm dst: r0 imm: 0
	 435: Exit
have_identity:
	 436: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 437: StXMemW dst: rfp src: r1 off: -80 imm: 0
membership:
	    ; selector membership of the peer identity
	 438: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 440: MovReg dst: r2 src: rfp
	 441: AddImm dst: r2 imm: -80
	 442: Call FnMapLookupElem
	 443: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 444: MovReg dst: r9 src: r0
	 445: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 446: StMemW dst: rfp src: r0 off: -76 imm: 6
	 447: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 449: MovReg dst: r2 src: rfp
	 450: AddImm dst: r2 imm: -76
	 451: Call FnMapLookupElem
	 452: JEqImm dst: r0 off: -1 imm: 0 <count_done_33>
	 453: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 454: AddImm dst: r1 imm: 1
	 455: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 456: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 457: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 458: AddReg dst: r2 src: r1
	 459: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_33:
	 460: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 461: MovReg dst: r1 src: r7
	 462: AndImm dst: r1 imm: 511
	 463: JEqImm dst: r1 off: -1 imm: 17 <tree_17>
	 464: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 465: Ja off: -1 <class_0>
tree_17:
	    ; protocol 17: port compare tree over 4 intervals
	 466: JGEImm dst: r8 off: -1 imm: 10000 <ge_34>
	 467: JGEImm dst: r8 off: -1 imm: 1023 <ge_35>
	 468: Ja off: -1 <class_0>
ge_35:
	 469: Ja off: -1 <class_1>
ge_34:
	 470: JGEImm dst: r8 off: -1 imm: 10001 <ge_36>
	 471: Ja off: -1 <class_2>
ge_36:
	 472: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 2 intervals
	 473: JGEImm dst: r8 off: -1 imm: 80 <ge_37>
	 474: Ja off: -1 <class_3>
ge_37:
	 475: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order [13]
	 476: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 477: JSet32Imm dst: r1 off: -1 imm: 4 <c0_entry13_38>
	 478: Ja off: -1 <default>
c0_entry13_38:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 479: MovImm dst: r8 imm: 13
	 480: Ja off: -1 <verdict_deny>
class_1:
	    ; class 1: candidates in precedence order [13 11]
	 481: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 482: JSet32Imm dst: r1 off: -1 imm: 4 <c1_entry13_39>
	 483: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry11_40>
	 484: Ja off: -1 <default>
c1_entry13_39:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 485: MovImm dst: r8 imm: 13
	 486: Ja off: -1 <verdict_deny>
c1_entry11_40:
	    ; entry 11 allow peer={} proto=17 ports=1023-9999: ns/random random.yaml:11:3
	 487: MovImm dst: r8 imm: 11
	 488: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [13 10]
	 489: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 490: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry13_41>
	 491: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry10_42>
	 492: Ja off: -1 <default>
c2_entry13_41:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 493: MovImm dst: r8 imm: 13
	 494: Ja off: -1 <verdict_deny>
c2_entry10_42:
	    ; entry 10 allow peer={reserved.host=} proto=17 ports=10000-10000: ns/random random.yaml:10:3
	 495: MovImm dst: r8 imm: 10
	 496: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [13 12]
	 497: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 498: JSet32Imm dst: r1 off: -1 imm: 4 <c3_entry13_43>
	 499: JSet32Imm dst: r1 off: -1 imm: 16 <c3_entry12_44>
	 500: Ja off: -1 <default>
c3_entry13_43:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 501: MovImm dst: r8 imm: 13
	 502: Ja off: -1 <verdict_deny>
c3_entry12_44:
	    ; entry 12 allow peer={!any.env} proto=132 ports=0-79: ns/random random.yaml:12:3
	 503: MovImm dst: r8 imm: 12
	 504: Ja off: -1 <verdict_allow>
default:
	    ; no entry matches: deny (enforced=true)
	 505: MovImm dst: r8 imm: 0
	 506: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, record the flow, emit an event
	 507: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 508: XorReg dst: r8 src: r1
	 509: XorReg dst: r8 src: r1
	 510: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 511: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 513: MovReg dst: r2 src: rfp
	 514: AddImm dst: r2 imm: -76
	 515: Call FnMapLookupElem
	 516: JEqImm dst: r0 off: -1 imm: 0 <count_done_45>
	 517: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 518: AddImm dst: r1 imm: 1
	 519: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 520: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 521: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 522: AddReg dst: r2 src: r1
	 523: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_45:
	 524: StMemW dst: rfp src: r0 off: -64 imm: 257
	 525: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 526: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 527: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 528: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 529: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 530: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 531: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 532: LShImm dst: r2 imm: 24
	 533: OrReg dst: r1 src: r2
	 534: OrImm dst: r1 imm: 65536
	 535: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 536: StMemW dst: rfp src: r0 off: -44 imm: 0
	 537: StMemW dst: rfp src: r0 off: -40 imm: 0
	 538: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 539: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 540: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 541: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 542: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 543: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 544: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 545: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 546: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 547: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 548: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 549: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 550: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 551: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 552: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 553: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 554: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 556: MovReg dst: r2 src: rfp
	 557: AddImm dst: r2 imm: -64
	 558: MovImm dst: r3 imm: 60
	 559: MovImm dst: r4 imm: 0
	 560: Call FnRingbufOutput
	 561: MovImm dst: r0 imm: 2
	 562: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event
	 563: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 564: XorReg dst: r8 src: r1
	 565: XorReg dst: r8 src: r1
	 566: StXMemW dst: rfp src: r8 off: -76 imm: 0
	 567: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 569: MovReg dst: r2 src: rfp
	 570: AddImm dst: r2 imm: -76
	 571: Call FnMapLookupElem
	 572: JEqImm dst: r0 off: -1 imm: 0 <count_done_46>
	 573: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 574: AddImm dst: r1 imm: 1
	 575: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 576: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 577: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 578: AddReg dst: r2 src: r1
	 579: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_46:
	 580: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_47>
	 581: StXMemW dst: rfp src: r8 off: -108 imm: 0
	 582: StMemH dst: rfp src: r0 off: -104 imm: 0
	 583: StMemB dst: rfp src: r0 off: -102 imm: 1
	 584: StMemB dst: rfp src: r0 off: -101 imm: 0
	 585: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 587: MovReg dst: r2 src: rfp
	 588: AddImm dst: r2 imm: -152
	 589: MovReg dst: r3 src: rfp
	 590: AddImm dst: r3 imm: -108
	 591: MovImm dst: r4 imm: 0
	 592: Call FnMapUpdateElem
ct_norecord_47:
	 593: StMemW dst: rfp src: r0 off: -64 imm: 257
	 594: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	 595: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 596: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 597: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	 598: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 599: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	 600: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	 601: LShImm dst: r2 imm: 24
	 602: OrReg dst: r1 src: r2
	 603: OrImm dst: r1 imm: 65792
	 604: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 605: StMemW dst: rfp src: r0 off: -44 imm: 0
	 606: StMemW dst: rfp src: r0 off: -40 imm: 0
	 607: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	 608: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 609: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	 610: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 611: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	 612: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 613: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	 614: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 615: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 616: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 617: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 618: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 619: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	 620: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 621: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	 622: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 623: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 625: MovReg dst: r2 src: rfp
	 626: AddImm dst: r2 imm: -64
	 627: MovImm dst: r3 imm: 60
	 628: MovImm dst: r4 imm: 0
	 629: Call FnRingbufOutput
	 630: MovImm dst: r0 imm: 0
	 631: Exit
malformed:
	    ; truncated or malformed header: drop
	 632: StMemW dst: rfp src: r0 off: -76 imm: 2
	 633: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 635: MovReg dst: r2 src: rfp
	 636: AddImm dst: r2 imm: -76
	 637: Call FnMapLookupElem
	 638: JEqImm dst: r0 off: -1 imm: 0 <count_done_48>
	 639: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 640: AddImm dst: r1 imm: 1
	 641: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 642: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 643: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 644: AddReg dst: r2 src: r1
	 645: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_48:
	 646: MovImm dst: r0 imm: 2
	 647: Exit

== subject-258 policy_ingress (section tcx/egress, enforced=false, 477 instructions)
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
v6_fragfirst_5:
	164: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	165: AddImm dst: r4 imm: 8
v6_ext_6:
	   ; IPv6 extension header 2
	166: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	167: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	168: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	169: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	170: Ja off: -1 <l4_6>
v6_opt_7:
	171: MovReg dst: r0 src: r4
	172: AddImm dst: r0 imm: 8
	173: JGTReg dst: r0 off: -1 src: r3 <malformed>
	174: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	175: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	176: AddImm dst: r1 imm: 1
	177: LShImm dst: r1 imm: 3
	178: AddReg dst: r4 src: r1
	179: Ja off: -1 <v6_ext_10>
v6_frag_8:
	180: MovReg dst: r0 src: r4
	181: AddImm dst: r0 imm: 8
	182: JGTReg dst: r0 off: -1 src: r3 <malformed>
	183: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	184: SwapBE dst: r1 
	185: AndImm dst: r1 imm: 65528
	186: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	187: OrImm dst: r7 imm: 768
v6_fragfirst_9:
	188: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	189: AddImm dst: r4 imm: 8
v6_ext_10:
	   ; IPv6 extension header 3
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
v6_fragfirst_13:
	212: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	213: AddImm dst: r4 imm: 8
v6_ext_14:
	   ; IPv6 extension header 4
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
v6_fragfirst_17:
	236: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	237: AddImm dst: r4 imm: 8
v6_ext_18:
	   ; IPv6 extension header 5
	238: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	239: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	240: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	241: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	242: Ja off: -1 <l4_6>
v6_opt_19:
	243: MovReg dst: r0 src: r4
	244: AddImm dst: r0 imm: 8
	245: JGTReg dst: r0 off: -1 src: r3 <malformed>
	246: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	247: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	248: AddImm dst: r1 imm: 1
	249: LShImm dst: r1 imm: 3
	250: AddReg dst: r4 src: r1
	251: Ja off: -1 <v6_ext_22>
v6_frag_20:
	252: MovReg dst: r0 src: r4
	253: AddImm dst: r0 imm: 8
	254: JGTReg dst: r0 off: -1 src: r3 <malformed>
	255: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	256: SwapBE dst: r1 
	257: AndImm dst: r1 imm: 65528
	258: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	259: OrImm dst: r7 imm: 768
v6_fragfirst_21:
	260: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	261: AddImm dst: r4 imm: 8
v6_ext_22:
	   ; IPv6 extension header 6
	262: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	263: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	264: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	265: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	266: Ja off: -1 <l4_6>
v6_opt_23:
	267: MovReg dst: r0 src: r4
	268: AddImm dst: r0 imm: 8
	269: JGTReg dst: r0 off: -1 src: r3 <malformed>
	270: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	271: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	272: AddImm dst: r1 imm: 1
	273: LShImm dst: r1 imm: 3
	274: AddReg dst: r4 src: r1
	275: Ja off: -1 <v6_ext_26>
v6_frag_24:
	276: MovReg dst: r0 src: r4
	277: AddImm dst: r0 imm: 8
	278: JGTReg dst: r0 off: -1 src: r3 <malformed>
	279: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	280: SwapBE dst: r1 
	281: AndImm dst: r1 imm: 65528
	282: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	283: OrImm dst: r7 imm: 768
v6_fragfirst_25:
	284: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	285: AddImm dst: r4 imm: 8
v6_ext_26:
	   ; IPv6 extension header 7
	286: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	287: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	288: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	289: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	290: Ja off: -1 <l4_6>
l4_6:
	   ; transport header (IPv6)
	291: OrReg dst: r7 src: r5
	292: MovImm dst: r8 imm: 0
	293: StMemW dst: rfp src: r0 off: -120 imm: 0
	294: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	295: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	296: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	297: Ja off: -1 <l4done_6>
tcp_6:
	298: MovReg dst: r0 src: r4
	299: AddImm dst: r0 imm: 20
	300: JGTReg dst: r0 off: -1 src: r3 <malformed>
	301: Ja off: -1 <ports_6>
udp_6:
	302: MovReg dst: r0 src: r4
	303: AddImm dst: r0 imm: 8
	304: JGTReg dst: r0 off: -1 src: r3 <malformed>
	305: Ja off: -1 <ports_6>
ports_6:
	306: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	307: StXMemW dst: rfp src: r1 off: -120 imm: 0
	308: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	309: SwapBE dst: r8 
	310: Ja off: -1 <l4done_6>
l4done_6:
	311: StXMemB dst: rfp src: r5 off: -116 imm: 0
	312: StMemB dst: rfp src: r0 off: -115 imm: 0
	313: StMemB dst: rfp src: r0 off: -114 imm: 6
	314: StMemB dst: rfp src: r0 off: -113 imm: 0
	315: StMemW dst: rfp src: r0 off: -112 imm: 258
	316: StMemB dst: rfp src: r0 off: -72 imm: 6
	   ; conntrack: established and reply packets pass without policy
	317: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_30>
	318: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	320: MovReg dst: r2 src: rfp
	321: AddImm dst: r2 imm: -152
	322: Call FnMapLookupElem
	323: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	324: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	325: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	326: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	327: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	328: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	329: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	330: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	331: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	332: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	333: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	334: StXMemH dst: rfp src: r2 off: -120 imm: 0
	335: StXMemH dst: rfp src: r1 off: -118 imm: 0
	336: StMemB dst: rfp src: r0 off: -115 imm: 1
	337: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	339: MovReg dst: r2 src: rfp
	340: AddImm dst: r2 imm: -152
	341: Call FnMapLookupElem
	342: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	343: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	344: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	345: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	346: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	347: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	348: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	349: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	350: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	351: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	352: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	353: StXMemH dst: rfp src: r2 off: -120 imm: 0
	354: StXMemH dst: rfp src: r1 off: -118 imm: 0
	355: StMemB dst: rfp src: r0 off: -115 imm: 0
ct_skip_30:
	356: StMemW dst: rfp src: r0 off: -80 imm: 0
	357: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	358: StMemW dst: rfp src: r0 off: -76 imm: 3
	359: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	361: MovReg dst: r2 src: rfp
	362: AddImm dst: r2 imm: -76
	363: Call FnMapLookupElem
	364: JEqImm dst: r0 off: -1 imm: 0 <count_done_31>
	365: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	366: AddImm dst: r1 imm: 1
	367: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	368: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	369: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	370: AddReg dst: r2 src: r1
	371: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_31:
	372: MovImm dst: r0 imm: 0
	373: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	374: StMemW dst: rfp src: r0 off: -76 imm: 4
	375: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	377: MovReg dst: r2 src: rfp
	378: AddImm dst: r2 imm: -76
	379: Call FnMapLookupElem
	380: JEqImm dst: r0 off: -1 imm: 0 <count_done_32>
	381: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	382: AddImm dst: r1 imm: 1
	383: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	384: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	385: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	386: AddReg dst: r2 src: r1
	387: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_32:
	388: MovImm dst: r0 imm: 0
	389: Exit
default:
	   ; no entry matches: allow (enforced=false)
	390: MovImm dst: r8 imm: 0
	391: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event
	392: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	393: XorReg dst: r8 src: r1
	394: XorReg dst: r8 src: r1
	395: StXMemW dst: rfp src: r8 off: -76 imm: 0
	396: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	398: MovReg dst: r2 src: rfp
	399: AddImm dst: r2 imm: -76
	400: Call FnMapLookupElem
	401: JEqImm dst: r0 off: -1 imm: 0 <count_done_33>
	402: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	403: AddImm dst: r1 imm: 1
	404: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	405: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	406: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	407: AddReg dst: r2 src: r1
	408: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_33:
	409: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_34>
	410: StXMemW dst: rfp src: r8 off: -108 imm: 0
	411: StMemH dst: rfp src: r0 off: -104 imm: 0
	412: StMemB dst: rfp src: r0 off: -102 imm: 1
	413: StMemB dst: rfp src: r0 off: -101 imm: 0
	414: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	416: MovReg dst: r2 src: rfp
	417: AddImm dst: r2 imm: -152
	418: MovReg dst: r3 src: rfp
	419: AddImm dst: r3 imm: -108
	420: MovImm dst: r4 imm: 0
	421: Call FnMapUpdateElem
ct_norecord_34:
	422: StMemW dst: rfp src: r0 off: -60 imm: 258
	423: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	424: StXMemW dst: rfp src: r1 off: -64 imm: 0
	425: StXMemW dst: rfp src: r8 off: -56 imm: 0
	426: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	427: StXMemW dst: rfp src: r1 off: -52 imm: 0
	428: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	429: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	430: LShImm dst: r2 imm: 24
	431: OrReg dst: r1 src: r2
	432: OrImm dst: r1 imm: 256
	433: StXMemW dst: rfp src: r1 off: -48 imm: 0
	434: StMemW dst: rfp src: r0 off: -44 imm: 0
	435: StMemW dst: rfp src: r0 off: -40 imm: 0
	436: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	437: StXMemW dst: rfp src: r1 off: -36 imm: 0
	438: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	439: StXMemW dst: rfp src: r1 off: -20 imm: 0
	440: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	441: StXMemW dst: rfp src: r1 off: -32 imm: 0
	442: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	443: StXMemW dst: rfp src: r1 off: -16 imm: 0
	444: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	445: StXMemW dst: rfp src: r1 off: -28 imm: 0
	446: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	447: StXMemW dst: rfp src: r1 off: -12 imm: 0
	448: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	449: StXMemW dst: rfp src: r1 off: -24 imm: 0
	450: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	451: StXMemW dst: rfp src: r1 off: -8 imm: 0
	452: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	454: MovReg dst: r2 src: rfp
	455: AddImm dst: r2 imm: -64
	456: MovImm dst: r3 imm: 60
	457: MovImm dst: r4 imm: 0
	458: Call FnRingbufOutput
	459: MovImm dst: r0 imm: 0
	460: Exit
malformed:
	   ; truncated or malformed header: drop
	461: StMemW dst: rfp src: r0 off: -76 imm: 2
	462: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	464: MovReg dst: r2 src: rfp
	465: AddImm dst: r2 imm: -76
	466: Call FnMapLookupElem
	467: JEqImm dst: r0 off: -1 imm: 0 <count_done_35>
	468: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	469: AddImm dst: r1 imm: 1
	470: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	471: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	472: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	473: AddReg dst: r2 src: r1
	474: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_35:
	475: MovImm dst: r0 imm: 2
	476: Exit

== subject-258 policy_egress (section tcx/ingress, enforced=false, 477 instructions)
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
v6_fragfirst_5:
	164: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	165: AddImm dst: r4 imm: 8
v6_ext_6:
	   ; IPv6 extension header 2
	166: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	167: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	168: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	169: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	170: Ja off: -1 <l4_6>
v6_opt_7:
	171: MovReg dst: r0 src: r4
	172: AddImm dst: r0 imm: 8
	173: JGTReg dst: r0 off: -1 src: r3 <malformed>
	174: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	175: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	176: AddImm dst: r1 imm: 1
	177: LShImm dst: r1 imm: 3
	178: AddReg dst: r4 src: r1
	179: Ja off: -1 <v6_ext_10>
v6_frag_8:
	180: MovReg dst: r0 src: r4
	181: AddImm dst: r0 imm: 8
	182: JGTReg dst: r0 off: -1 src: r3 <malformed>
	183: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	184: SwapBE dst: r1 
	185: AndImm dst: r1 imm: 65528
	186: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	187: OrImm dst: r7 imm: 768
v6_fragfirst_9:
	188: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	189: AddImm dst: r4 imm: 8
v6_ext_10:
	   ; IPv6 extension header 3
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
v6_fragfirst_13:
	212: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	213: AddImm dst: r4 imm: 8
v6_ext_14:
	   ; IPv6 extension header 4
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
v6_fragfirst_17:
	236: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	237: AddImm dst: r4 imm: 8
v6_ext_18:
	   ; IPv6 extension header 5
	238: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	239: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	240: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	241: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	242: Ja off: -1 <l4_6>
v6_opt_19:
	243: MovReg dst: r0 src: r4
	244: AddImm dst: r0 imm: 8
	245: JGTReg dst: r0 off: -1 src: r3 <malformed>
	246: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	247: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	248: AddImm dst: r1 imm: 1
	249: LShImm dst: r1 imm: 3
	250: AddReg dst: r4 src: r1
	251: Ja off: -1 <v6_ext_22>
v6_frag_20:
	252: MovReg dst: r0 src: r4
	253: AddImm dst: r0 imm: 8
	254: JGTReg dst: r0 off: -1 src: r3 <malformed>
	255: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	256: SwapBE dst: r1 
	257: AndImm dst: r1 imm: 65528
	258: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	259: OrImm dst: r7 imm: 768
v6_fragfirst_21:
	260: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	261: AddImm dst: r4 imm: 8
v6_ext_22:
	   ; IPv6 extension header 6
	262: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	263: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	264: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	265: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	266: Ja off: -1 <l4_6>
v6_opt_23:
	267: MovReg dst: r0 src: r4
	268: AddImm dst: r0 imm: 8
	269: JGTReg dst: r0 off: -1 src: r3 <malformed>
	270: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	271: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	272: AddImm dst: r1 imm: 1
	273: LShImm dst: r1 imm: 3
	274: AddReg dst: r4 src: r1
	275: Ja off: -1 <v6_ext_26>
v6_frag_24:
	276: MovReg dst: r0 src: r4
	277: AddImm dst: r0 imm: 8
	278: JGTReg dst: r0 off: -1 src: r3 <malformed>
	279: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	280: SwapBE dst: r1 
	281: AndImm dst: r1 imm: 65528
	282: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	283: OrImm dst: r7 imm: 768
v6_fragfirst_25:
	284: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	285: AddImm dst: r4 imm: 8
v6_ext_26:
	   ; IPv6 extension header 7
	286: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	287: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	288: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	289: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	290: Ja off: -1 <l4_6>
l4_6:
	   ; transport header (IPv6)
	291: OrReg dst: r7 src: r5
	292: MovImm dst: r8 imm: 0
	293: StMemW dst: rfp src: r0 off: -120 imm: 0
	294: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	295: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	296: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	297: Ja off: -1 <l4done_6>
tcp_6:
	298: MovReg dst: r0 src: r4
	299: AddImm dst: r0 imm: 20
	300: JGTReg dst: r0 off: -1 src: r3 <malformed>
	301: Ja off: -1 <ports_6>
udp_6:
	302: MovReg dst: r0 src: r4
	303: AddImm dst: r0 imm: 8
	304: JGTReg dst: r0 off: -1 src: r3 <malformed>
	305: Ja off: -1 <ports_6>
ports_6:
	306: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	307: StXMemW dst: rfp src: r1 off: -120 imm: 0
	308: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	309: SwapBE dst: r8 
	310: Ja off: -1 <l4done_6>
l4done_6:
	311: StXMemB dst: rfp src: r5 off: -116 imm: 0
	312: StMemB dst: rfp src: r0 off: -115 imm: 1
	313: StMemB dst: rfp src: r0 off: -114 imm: 6
	314: StMemB dst: rfp src: r0 off: -113 imm: 0
	315: StMemW dst: rfp src: r0 off: -112 imm: 258
	316: StMemB dst: rfp src: r0 off: -72 imm: 6
	   ; conntrack: established and reply packets pass without policy
	317: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_30>
	318: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	320: MovReg dst: r2 src: rfp
	321: AddImm dst: r2 imm: -152
	322: Call FnMapLookupElem
	323: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	324: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	325: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	326: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	327: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	328: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	329: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	330: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	331: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	332: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	333: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	334: StXMemH dst: rfp src: r2 off: -120 imm: 0
	335: StXMemH dst: rfp src: r1 off: -118 imm: 0
	336: StMemB dst: rfp src: r0 off: -115 imm: 0
	337: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	339: MovReg dst: r2 src: rfp
	340: AddImm dst: r2 imm: -152
	341: Call FnMapLookupElem
	342: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	343: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	344: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	345: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	346: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	347: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	348: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	349: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	350: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	351: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	352: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	353: StXMemH dst: rfp src: r2 off: -120 imm: 0
	354: StXMemH dst: rfp src: r1 off: -118 imm: 0
	355: StMemB dst: rfp src: r0 off: -115 imm: 1
ct_skip_30:
	356: StMemW dst: rfp src: r0 off: -80 imm: 0
	357: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	358: StMemW dst: rfp src: r0 off: -76 imm: 3
	359: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	361: MovReg dst: r2 src: rfp
	362: AddImm dst: r2 imm: -76
	363: Call FnMapLookupElem
	364: JEqImm dst: r0 off: -1 imm: 0 <count_done_31>
	365: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	366: AddImm dst: r1 imm: 1
	367: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	368: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	369: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	370: AddReg dst: r2 src: r1
	371: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_31:
	372: MovImm dst: r0 imm: 0
	373: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	374: StMemW dst: rfp src: r0 off: -76 imm: 4
	375: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	377: MovReg dst: r2 src: rfp
	378: AddImm dst: r2 imm: -76
	379: Call FnMapLookupElem
	380: JEqImm dst: r0 off: -1 imm: 0 <count_done_32>
	381: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	382: AddImm dst: r1 imm: 1
	383: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	384: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	385: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	386: AddReg dst: r2 src: r1
	387: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_32:
	388: MovImm dst: r0 imm: 0
	389: Exit
default:
	   ; no entry matches: allow (enforced=false)
	390: MovImm dst: r8 imm: 0
	391: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event
	392: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	393: XorReg dst: r8 src: r1
	394: XorReg dst: r8 src: r1
	395: StXMemW dst: rfp src: r8 off: -76 imm: 0
	396: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	398: MovReg dst: r2 src: rfp
	399: AddImm dst: r2 imm: -76
	400: Call FnMapLookupElem
	401: JEqImm dst: r0 off: -1 imm: 0 <count_done_33>
	402: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	403: AddImm dst: r1 imm: 1
	404: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	405: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	406: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	407: AddReg dst: r2 src: r1
	408: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_33:
	409: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_34>
	410: StXMemW dst: rfp src: r8 off: -108 imm: 0
	411: StMemH dst: rfp src: r0 off: -104 imm: 0
	412: StMemB dst: rfp src: r0 off: -102 imm: 1
	413: StMemB dst: rfp src: r0 off: -101 imm: 0
	414: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	416: MovReg dst: r2 src: rfp
	417: AddImm dst: r2 imm: -152
	418: MovReg dst: r3 src: rfp
	419: AddImm dst: r3 imm: -108
	420: MovImm dst: r4 imm: 0
	421: Call FnMapUpdateElem
ct_norecord_34:
	422: StMemW dst: rfp src: r0 off: -64 imm: 258
	423: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	424: StXMemW dst: rfp src: r1 off: -60 imm: 0
	425: StXMemW dst: rfp src: r8 off: -56 imm: 0
	426: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	427: StXMemW dst: rfp src: r1 off: -52 imm: 0
	428: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	429: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	430: LShImm dst: r2 imm: 24
	431: OrReg dst: r1 src: r2
	432: OrImm dst: r1 imm: 65792
	433: StXMemW dst: rfp src: r1 off: -48 imm: 0
	434: StMemW dst: rfp src: r0 off: -44 imm: 0
	435: StMemW dst: rfp src: r0 off: -40 imm: 0
	436: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	437: StXMemW dst: rfp src: r1 off: -36 imm: 0
	438: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	439: StXMemW dst: rfp src: r1 off: -20 imm: 0
	440: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	441: StXMemW dst: rfp src: r1 off: -32 imm: 0
	442: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	443: StXMemW dst: rfp src: r1 off: -16 imm: 0
	444: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	445: StXMemW dst: rfp src: r1 off: -28 imm: 0
	446: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	447: StXMemW dst: rfp src: r1 off: -12 imm: 0
	448: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	449: StXMemW dst: rfp src: r1 off: -24 imm: 0
	450: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	451: StXMemW dst: rfp src: r1 off: -8 imm: 0
	452: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	454: MovReg dst: r2 src: rfp
	455: AddImm dst: r2 imm: -64
	456: MovImm dst: r3 imm: 60
	457: MovImm dst: r4 imm: 0
	458: Call FnRingbufOutput
	459: MovImm dst: r0 imm: 0
	460: Exit
malformed:
	   ; truncated or malformed header: drop
	461: StMemW dst: rfp src: r0 off: -76 imm: 2
	462: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	464: MovReg dst: r2 src: rfp
	465: AddImm dst: r2 imm: -76
	466: Call FnMapLookupElem
	467: JEqImm dst: r0 off: -1 imm: 0 <count_done_35>
	468: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	469: AddImm dst: r1 imm: 1
	470: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	471: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	472: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	473: AddReg dst: r2 src: r1
	474: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_35:
	475: MovImm dst: r0 imm: 2
	476: Exit

== subject-259 policy_ingress (section tcx/egress, enforced=false, 477 instructions)
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
v6_fragfirst_5:
	164: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	165: AddImm dst: r4 imm: 8
v6_ext_6:
	   ; IPv6 extension header 2
	166: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	167: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	168: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	169: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	170: Ja off: -1 <l4_6>
v6_opt_7:
	171: MovReg dst: r0 src: r4
	172: AddImm dst: r0 imm: 8
	173: JGTReg dst: r0 off: -1 src: r3 <malformed>
	174: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	175: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	176: AddImm dst: r1 imm: 1
	177: LShImm dst: r1 imm: 3
	178: AddReg dst: r4 src: r1
	179: Ja off: -1 <v6_ext_10>
v6_frag_8:
	180: MovReg dst: r0 src: r4
	181: AddImm dst: r0 imm: 8
	182: JGTReg dst: r0 off: -1 src: r3 <malformed>
	183: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	184: SwapBE dst: r1 
	185: AndImm dst: r1 imm: 65528
	186: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	187: OrImm dst: r7 imm: 768
v6_fragfirst_9:
	188: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	189: AddImm dst: r4 imm: 8
v6_ext_10:
	   ; IPv6 extension header 3
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
v6_fragfirst_13:
	212: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	213: AddImm dst: r4 imm: 8
v6_ext_14:
	   ; IPv6 extension header 4
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
v6_fragfirst_17:
	236: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	237: AddImm dst: r4 imm: 8
v6_ext_18:
	   ; IPv6 extension header 5
	238: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	239: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	240: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	241: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	242: Ja off: -1 <l4_6>
v6_opt_19:
	243: MovReg dst: r0 src: r4
	244: AddImm dst: r0 imm: 8
	245: JGTReg dst: r0 off: -1 src: r3 <malformed>
	246: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	247: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	248: AddImm dst: r1 imm: 1
	249: LShImm dst: r1 imm: 3
	250: AddReg dst: r4 src: r1
	251: Ja off: -1 <v6_ext_22>
v6_frag_20:
	252: MovReg dst: r0 src: r4
	253: AddImm dst: r0 imm: 8
	254: JGTReg dst: r0 off: -1 src: r3 <malformed>
	255: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	256: SwapBE dst: r1 
	257: AndImm dst: r1 imm: 65528
	258: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	259: OrImm dst: r7 imm: 768
v6_fragfirst_21:
	260: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	261: AddImm dst: r4 imm: 8
v6_ext_22:
	   ; IPv6 extension header 6
	262: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	263: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	264: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	265: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	266: Ja off: -1 <l4_6>
v6_opt_23:
	267: MovReg dst: r0 src: r4
	268: AddImm dst: r0 imm: 8
	269: JGTReg dst: r0 off: -1 src: r3 <malformed>
	270: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	271: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	272: AddImm dst: r1 imm: 1
	273: LShImm dst: r1 imm: 3
	274: AddReg dst: r4 src: r1
	275: Ja off: -1 <v6_ext_26>
v6_frag_24:
	276: MovReg dst: r0 src: r4
	277: AddImm dst: r0 imm: 8
	278: JGTReg dst: r0 off: -1 src: r3 <malformed>
	279: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	280: SwapBE dst: r1 
	281: AndImm dst: r1 imm: 65528
	282: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	283: OrImm dst: r7 imm: 768
v6_fragfirst_25:
	284: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	285: AddImm dst: r4 imm: 8
v6_ext_26:
	   ; IPv6 extension header 7
	286: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	287: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	288: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	289: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	290: Ja off: -1 <l4_6>
l4_6:
	   ; transport header (IPv6)
	291: OrReg dst: r7 src: r5
	292: MovImm dst: r8 imm: 0
	293: StMemW dst: rfp src: r0 off: -120 imm: 0
	294: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	295: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	296: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	297: Ja off: -1 <l4done_6>
tcp_6:
	298: MovReg dst: r0 src: r4
	299: AddImm dst: r0 imm: 20
	300: JGTReg dst: r0 off: -1 src: r3 <malformed>
	301: Ja off: -1 <ports_6>
udp_6:
	302: MovReg dst: r0 src: r4
	303: AddImm dst: r0 imm: 8
	304: JGTReg dst: r0 off: -1 src: r3 <malformed>
	305: Ja off: -1 <ports_6>
ports_6:
	306: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	307: StXMemW dst: rfp src: r1 off: -120 imm: 0
	308: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	309: SwapBE dst: r8 
	310: Ja off: -1 <l4done_6>
l4done_6:
	311: StXMemB dst: rfp src: r5 off: -116 imm: 0
	312: StMemB dst: rfp src: r0 off: -115 imm: 0
	313: StMemB dst: rfp src: r0 off: -114 imm: 6
	314: StMemB dst: rfp src: r0 off: -113 imm: 0
	315: StMemW dst: rfp src: r0 off: -112 imm: 259
	316: StMemB dst: rfp src: r0 off: -72 imm: 6
	   ; conntrack: established and reply packets pass without policy
	317: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_30>
	318: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	320: MovReg dst: r2 src: rfp
	321: AddImm dst: r2 imm: -152
	322: Call FnMapLookupElem
	323: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	324: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	325: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	326: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	327: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	328: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	329: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	330: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	331: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	332: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	333: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	334: StXMemH dst: rfp src: r2 off: -120 imm: 0
	335: StXMemH dst: rfp src: r1 off: -118 imm: 0
	336: StMemB dst: rfp src: r0 off: -115 imm: 1
	337: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	339: MovReg dst: r2 src: rfp
	340: AddImm dst: r2 imm: -152
	341: Call FnMapLookupElem
	342: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	343: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	344: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	345: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	346: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	347: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	348: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	349: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	350: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	351: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	352: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	353: StXMemH dst: rfp src: r2 off: -120 imm: 0
	354: StXMemH dst: rfp src: r1 off: -118 imm: 0
	355: StMemB dst: rfp src: r0 off: -115 imm: 0
ct_skip_30:
	356: StMemW dst: rfp src: r0 off: -80 imm: 0
	357: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	358: StMemW dst: rfp src: r0 off: -76 imm: 3
	359: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	361: MovReg dst: r2 src: rfp
	362: AddImm dst: r2 imm: -76
	363: Call FnMapLookupElem
	364: JEqImm dst: r0 off: -1 imm: 0 <count_done_31>
	365: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	366: AddImm dst: r1 imm: 1
	367: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	368: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	369: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	370: AddReg dst: r2 src: r1
	371: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_31:
	372: MovImm dst: r0 imm: 0
	373: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	374: StMemW dst: rfp src: r0 off: -76 imm: 4
	375: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	377: MovReg dst: r2 src: rfp
	378: AddImm dst: r2 imm: -76
	379: Call FnMapLookupElem
	380: JEqImm dst: r0 off: -1 imm: 0 <count_done_32>
	381: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	382: AddImm dst: r1 imm: 1
	383: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	384: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	385: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	386: AddReg dst: r2 src: r1
	387: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_32:
	388: MovImm dst: r0 imm: 0
	389: Exit
default:
	   ; no entry matches: allow (enforced=false)
	390: MovImm dst: r8 imm: 0
	391: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event
	392: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	393: XorReg dst: r8 src: r1
	394: XorReg dst: r8 src: r1
	395: StXMemW dst: rfp src: r8 off: -76 imm: 0
	396: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	398: MovReg dst: r2 src: rfp
	399: AddImm dst: r2 imm: -76
	400: Call FnMapLookupElem
	401: JEqImm dst: r0 off: -1 imm: 0 <count_done_33>
	402: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	403: AddImm dst: r1 imm: 1
	404: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	405: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	406: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	407: AddReg dst: r2 src: r1
	408: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_33:
	409: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_34>
	410: StXMemW dst: rfp src: r8 off: -108 imm: 0
	411: StMemH dst: rfp src: r0 off: -104 imm: 0
	412: StMemB dst: rfp src: r0 off: -102 imm: 1
	413: StMemB dst: rfp src: r0 off: -101 imm: 0
	414: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	416: MovReg dst: r2 src: rfp
	417: AddImm dst: r2 imm: -152
	418: MovReg dst: r3 src: rfp
	419: AddImm dst: r3 imm: -108
	420: MovImm dst: r4 imm: 0
	421: Call FnMapUpdateElem
ct_norecord_34:
	422: StMemW dst: rfp src: r0 off: -60 imm: 259
	423: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	424: StXMemW dst: rfp src: r1 off: -64 imm: 0
	425: StXMemW dst: rfp src: r8 off: -56 imm: 0
	426: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	427: StXMemW dst: rfp src: r1 off: -52 imm: 0
	428: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	429: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	430: LShImm dst: r2 imm: 24
	431: OrReg dst: r1 src: r2
	432: OrImm dst: r1 imm: 256
	433: StXMemW dst: rfp src: r1 off: -48 imm: 0
	434: StMemW dst: rfp src: r0 off: -44 imm: 0
	435: StMemW dst: rfp src: r0 off: -40 imm: 0
	436: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	437: StXMemW dst: rfp src: r1 off: -36 imm: 0
	438: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	439: StXMemW dst: rfp src: r1 off: -20 imm: 0
	440: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	441: StXMemW dst: rfp src: r1 off: -32 imm: 0
	442: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	443: StXMemW dst: rfp src: r1 off: -16 imm: 0
	444: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	445: StXMemW dst: rfp src: r1 off: -28 imm: 0
	446: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	447: StXMemW dst: rfp src: r1 off: -12 imm: 0
	448: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	449: StXMemW dst: rfp src: r1 off: -24 imm: 0
	450: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	451: StXMemW dst: rfp src: r1 off: -8 imm: 0
	452: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	454: MovReg dst: r2 src: rfp
	455: AddImm dst: r2 imm: -64
	456: MovImm dst: r3 imm: 60
	457: MovImm dst: r4 imm: 0
	458: Call FnRingbufOutput
	459: MovImm dst: r0 imm: 0
	460: Exit
malformed:
	   ; truncated or malformed header: drop
	461: StMemW dst: rfp src: r0 off: -76 imm: 2
	462: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	464: MovReg dst: r2 src: rfp
	465: AddImm dst: r2 imm: -76
	466: Call FnMapLookupElem
	467: JEqImm dst: r0 off: -1 imm: 0 <count_done_35>
	468: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	469: AddImm dst: r1 imm: 1
	470: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	471: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	472: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	473: AddReg dst: r2 src: r1
	474: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_35:
	475: MovImm dst: r0 imm: 2
	476: Exit

== subject-259 policy_egress (section tcx/ingress, enforced=false, 477 instructions)
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
v6_fragfirst_5:
	164: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	165: AddImm dst: r4 imm: 8
v6_ext_6:
	   ; IPv6 extension header 2
	166: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	167: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	168: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	169: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	170: Ja off: -1 <l4_6>
v6_opt_7:
	171: MovReg dst: r0 src: r4
	172: AddImm dst: r0 imm: 8
	173: JGTReg dst: r0 off: -1 src: r3 <malformed>
	174: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	175: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	176: AddImm dst: r1 imm: 1
	177: LShImm dst: r1 imm: 3
	178: AddReg dst: r4 src: r1
	179: Ja off: -1 <v6_ext_10>
v6_frag_8:
	180: MovReg dst: r0 src: r4
	181: AddImm dst: r0 imm: 8
	182: JGTReg dst: r0 off: -1 src: r3 <malformed>
	183: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	184: SwapBE dst: r1 
	185: AndImm dst: r1 imm: 65528
	186: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	187: OrImm dst: r7 imm: 768
v6_fragfirst_9:
	188: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	189: AddImm dst: r4 imm: 8
v6_ext_10:
	   ; IPv6 extension header 3
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
v6_fragfirst_13:
	212: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	213: AddImm dst: r4 imm: 8
v6_ext_14:
	   ; IPv6 extension header 4
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
v6_fragfirst_17:
	236: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	237: AddImm dst: r4 imm: 8
v6_ext_18:
	   ; IPv6 extension header 5
	238: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	239: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	240: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	241: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	242: Ja off: -1 <l4_6>
v6_opt_19:
	243: MovReg dst: r0 src: r4
	244: AddImm dst: r0 imm: 8
	245: JGTReg dst: r0 off: -1 src: r3 <malformed>
	246: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	247: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	248: AddImm dst: r1 imm: 1
	249: LShImm dst: r1 imm: 3
	250: AddReg dst: r4 src: r1
	251: Ja off: -1 <v6_ext_22>
v6_frag_20:
	252: MovReg dst: r0 src: r4
	253: AddImm dst: r0 imm: 8
	254: JGTReg dst: r0 off: -1 src: r3 <malformed>
	255: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	256: SwapBE dst: r1 
	257: AndImm dst: r1 imm: 65528
	258: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	259: OrImm dst: r7 imm: 768
v6_fragfirst_21:
	260: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	261: AddImm dst: r4 imm: 8
v6_ext_22:
	   ; IPv6 extension header 6
	262: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	263: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	264: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	265: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	266: Ja off: -1 <l4_6>
v6_opt_23:
	267: MovReg dst: r0 src: r4
	268: AddImm dst: r0 imm: 8
	269: JGTReg dst: r0 off: -1 src: r3 <malformed>
	270: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	271: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	272: AddImm dst: r1 imm: 1
	273: LShImm dst: r1 imm: 3
	274: AddReg dst: r4 src: r1
	275: Ja off: -1 <v6_ext_26>
v6_frag_24:
	276: MovReg dst: r0 src: r4
	277: AddImm dst: r0 imm: 8
	278: JGTReg dst: r0 off: -1 src: r3 <malformed>
	279: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	280: SwapBE dst: r1 
	281: AndImm dst: r1 imm: 65528
	282: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	283: OrImm dst: r7 imm: 768
v6_fragfirst_25:
	284: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	285: AddImm dst: r4 imm: 8
v6_ext_26:
	   ; IPv6 extension header 7
	286: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	287: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	288: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	289: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	290: Ja off: -1 <l4_6>
l4_6:
	   ; transport header (IPv6)
	291: OrReg dst: r7 src: r5
	292: MovImm dst: r8 imm: 0
	293: StMemW dst: rfp src: r0 off: -120 imm: 0
	294: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	295: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	296: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	297: Ja off: -1 <l4done_6>
tcp_6:
	298: MovReg dst: r0 src: r4
	299: AddImm dst: r0 imm: 20
	300: JGTReg dst: r0 off: -1 src: r3 <malformed>
	301: Ja off: -1 <ports_6>
udp_6:
	302: MovReg dst: r0 src: r4
	303: AddImm dst: r0 imm: 8
	304: JGTReg dst: r0 off: -1 src: r3 <malformed>
	305: Ja off: -1 <ports_6>
ports_6:
	306: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	307: StXMemW dst: rfp src: r1 off: -120 imm: 0
	308: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	309: SwapBE dst: r8 
	310: Ja off: -1 <l4done_6>
l4done_6:
	311: StXMemB dst: rfp src: r5 off: -116 imm: 0
	312: StMemB dst: rfp src: r0 off: -115 imm: 1
	313: StMemB dst: rfp src: r0 off: -114 imm: 6
	314: StMemB dst: rfp src: r0 off: -113 imm: 0
	315: StMemW dst: rfp src: r0 off: -112 imm: 259
	316: StMemB dst: rfp src: r0 off: -72 imm: 6
	   ; conntrack: established and reply packets pass without policy
	317: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_30>
	318: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	320: MovReg dst: r2 src: rfp
	321: AddImm dst: r2 imm: -152
	322: Call FnMapLookupElem
	323: JNEImm dst: r0 off: -1 imm: 0 <ct_established>
	324: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	325: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	326: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	327: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	328: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	329: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	330: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	331: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	332: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	333: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	334: StXMemH dst: rfp src: r2 off: -120 imm: 0
	335: StXMemH dst: rfp src: r1 off: -118 imm: 0
	336: StMemB dst: rfp src: r0 off: -115 imm: 0
	337: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	339: MovReg dst: r2 src: rfp
	340: AddImm dst: r2 imm: -152
	341: Call FnMapLookupElem
	342: JNEImm dst: r0 off: -1 imm: 0 <ct_reply>
	343: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	344: LdXMemDW dst: r2 src: rfp off: -136 imm: 0
	345: StXMemDW dst: rfp src: r2 off: -152 imm: 0
	346: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	347: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	348: LdXMemDW dst: r2 src: rfp off: -128 imm: 0
	349: StXMemDW dst: rfp src: r2 off: -144 imm: 0
	350: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	351: LdXMemH dst: r1 src: rfp off: -120 imm: 0
	352: LdXMemH dst: r2 src: rfp off: -118 imm: 0
	353: StXMemH dst: rfp src: r2 off: -120 imm: 0
	354: StXMemH dst: rfp src: r1 off: -118 imm: 0
	355: StMemB dst: rfp src: r0 off: -115 imm: 1
ct_skip_30:
	356: StMemW dst: rfp src: r0 off: -80 imm: 0
	357: Ja off: -1 <default>
ct_established:
	   ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	358: StMemW dst: rfp src: r0 off: -76 imm: 3
	359: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	361: MovReg dst: r2 src: rfp
	362: AddImm dst: r2 imm: -76
	363: Call FnMapLookupElem
	364: JEqImm dst: r0 off: -1 imm: 0 <count_done_31>
	365: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	366: AddImm dst: r1 imm: 1
	367: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	368: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	369: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	370: AddReg dst: r2 src: r1
	371: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_31:
	372: MovImm dst: r0 imm: 0
	373: Exit
ct_reply:
	   ; conntrack: reply of a flow this subject allowed, pass
	374: StMemW dst: rfp src: r0 off: -76 imm: 4
	375: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	377: MovReg dst: r2 src: rfp
	378: AddImm dst: r2 imm: -76
	379: Call FnMapLookupElem
	380: JEqImm dst: r0 off: -1 imm: 0 <count_done_32>
	381: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	382: AddImm dst: r1 imm: 1
	383: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	384: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	385: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	386: AddReg dst: r2 src: r1
	387: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_32:
	388: MovImm dst: r0 imm: 0
	389: Exit
default:
	   ; no entry matches: allow (enforced=false)
	390: MovImm dst: r8 imm: 0
	391: Ja off: -1 <verdict_allow>
verdict_allow:
	   ; verdict allow: count, record the flow, emit an event
	392: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	393: XorReg dst: r8 src: r1
	394: XorReg dst: r8 src: r1
	395: StXMemW dst: rfp src: r8 off: -76 imm: 0
	396: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	398: MovReg dst: r2 src: rfp
	399: AddImm dst: r2 imm: -76
	400: Call FnMapLookupElem
	401: JEqImm dst: r0 off: -1 imm: 0 <count_done_33>
	402: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	403: AddImm dst: r1 imm: 1
	404: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	405: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	406: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	407: AddReg dst: r2 src: r1
	408: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_33:
	409: JSetImm dst: r7 off: -1 imm: 512 <ct_norecord_34>
	410: StXMemW dst: rfp src: r8 off: -108 imm: 0
	411: StMemH dst: rfp src: r0 off: -104 imm: 0
	412: StMemB dst: rfp src: r0 off: -102 imm: 1
	413: StMemB dst: rfp src: r0 off: -101 imm: 0
	414: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	416: MovReg dst: r2 src: rfp
	417: AddImm dst: r2 imm: -152
	418: MovReg dst: r3 src: rfp
	419: AddImm dst: r3 imm: -108
	420: MovImm dst: r4 imm: 0
	421: Call FnMapUpdateElem
ct_norecord_34:
	422: StMemW dst: rfp src: r0 off: -64 imm: 259
	423: LdXMemW dst: r1 src: rfp off: -80 imm: 0
	424: StXMemW dst: rfp src: r1 off: -60 imm: 0
	425: StXMemW dst: rfp src: r8 off: -56 imm: 0
	426: LdXMemW dst: r1 src: rfp off: -120 imm: 0
	427: StXMemW dst: rfp src: r1 off: -52 imm: 0
	428: LdXMemB dst: r1 src: rfp off: -116 imm: 0
	429: LdXMemB dst: r2 src: rfp off: -72 imm: 0
	430: LShImm dst: r2 imm: 24
	431: OrReg dst: r1 src: r2
	432: OrImm dst: r1 imm: 65792
	433: StXMemW dst: rfp src: r1 off: -48 imm: 0
	434: StMemW dst: rfp src: r0 off: -44 imm: 0
	435: StMemW dst: rfp src: r0 off: -40 imm: 0
	436: LdXMemW dst: r1 src: rfp off: -152 imm: 0
	437: StXMemW dst: rfp src: r1 off: -36 imm: 0
	438: LdXMemW dst: r1 src: rfp off: -136 imm: 0
	439: StXMemW dst: rfp src: r1 off: -20 imm: 0
	440: LdXMemW dst: r1 src: rfp off: -148 imm: 0
	441: StXMemW dst: rfp src: r1 off: -32 imm: 0
	442: LdXMemW dst: r1 src: rfp off: -132 imm: 0
	443: StXMemW dst: rfp src: r1 off: -16 imm: 0
	444: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	445: StXMemW dst: rfp src: r1 off: -28 imm: 0
	446: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	447: StXMemW dst: rfp src: r1 off: -12 imm: 0
	448: LdXMemW dst: r1 src: rfp off: -140 imm: 0
	449: StXMemW dst: rfp src: r1 off: -24 imm: 0
	450: LdXMemW dst: r1 src: rfp off: -124 imm: 0
	451: StXMemW dst: rfp src: r1 off: -8 imm: 0
	452: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	454: MovReg dst: r2 src: rfp
	455: AddImm dst: r2 imm: -64
	456: MovImm dst: r3 imm: 60
	457: MovImm dst: r4 imm: 0
	458: Call FnRingbufOutput
	459: MovImm dst: r0 imm: 0
	460: Exit
malformed:
	   ; truncated or malformed header: drop
	461: StMemW dst: rfp src: r0 off: -76 imm: 2
	462: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	464: MovReg dst: r2 src: rfp
	465: AddImm dst: r2 imm: -76
	466: Call FnMapLookupElem
	467: JEqImm dst: r0 off: -1 imm: 0 <count_done_35>
	468: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	469: AddImm dst: r1 imm: 1
	470: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	471: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	472: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	473: AddReg dst: r2 src: r1
	474: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_35:
	475: MovImm dst: r0 imm: 2
	476: Exit

