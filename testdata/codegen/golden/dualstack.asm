== subject-256 policy_ingress (section tcx/egress, enforced=true, 942 instructions)
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
	  74: StXMemW dst: rfp src: r1 off: -208 imm: 0
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
	  87: StXMemH dst: rfp src: r1 off: -208 imm: 0
	  88: Ja off: -1 <l4done_4>
echorep_4:
	  89: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	  90: StXMemH dst: rfp src: r1 off: -206 imm: 0
	  91: Ja off: -1 <l4done_4>
l4done_4:
	  92: StXMemB dst: rfp src: r5 off: -204 imm: 0
	  93: StMemB dst: rfp src: r0 off: -203 imm: 0
	  94: StMemH dst: rfp src: r0 off: -202 imm: 0
	  95: StMemW dst: rfp src: r0 off: -200 imm: 256
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
	 153: StMemW dst: rfp src: r0 off: -164 imm: 32
	 154: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 155: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 156: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 158: MovReg dst: r2 src: rfp
	 159: AddImm dst: r2 imm: -164
	 160: Call FnMapLookupElem
	 161: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 162: StMemW dst: rfp src: r0 off: -144 imm: 9
	 163: Ja off: -1 <membership>
ipv6:
	    ; IPv6 header
	 164: MovReg dst: r0 src: r4
	 165: AddImm dst: r0 imm: 40
	 166: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 167: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 168: AndImm dst: r1 imm: 240
	 169: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 170: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 171: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 172: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 173: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 174: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 175: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 176: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 177: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 178: MovImm dst: r7 imm: 0
	 179: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 180: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 181: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 182: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 183: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 184: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 185: Ja off: -1 <l4_6>
v6_opt_7:
	 186: MovReg dst: r0 src: r4
	 187: AddImm dst: r0 imm: 8
	 188: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 189: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 190: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 191: AddImm dst: r1 imm: 1
	 192: LShImm dst: r1 imm: 3
	 193: AddReg dst: r4 src: r1
	 194: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 195: MovReg dst: r0 src: r4
	 196: AddImm dst: r0 imm: 8
	 197: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 198: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 199: SwapBE dst: r1 
	 200: AndImm dst: r1 imm: 65528
	 201: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 202: OrImm dst: r7 imm: 768
	 203: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 204: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 205: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 206: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 207: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 208: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 209: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 210: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 211: Ja off: -1 <l4_6>
v6_opt_11:
	 212: MovReg dst: r0 src: r4
	 213: AddImm dst: r0 imm: 8
	 214: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 215: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 216: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 217: AddImm dst: r1 imm: 1
	 218: LShImm dst: r1 imm: 3
	 219: AddReg dst: r4 src: r1
	 220: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 221: MovReg dst: r0 src: r4
	 222: AddImm dst: r0 imm: 8
	 223: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 224: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 225: SwapBE dst: r1 
	 226: AndImm dst: r1 imm: 65528
	 227: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 228: OrImm dst: r7 imm: 768
	 229: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 230: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 231: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 232: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 233: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 234: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 235: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 236: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 237: Ja off: -1 <l4_6>
v6_opt_15:
	 238: MovReg dst: r0 src: r4
	 239: AddImm dst: r0 imm: 8
	 240: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 241: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 242: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 243: AddImm dst: r1 imm: 1
	 244: LShImm dst: r1 imm: 3
	 245: AddReg dst: r4 src: r1
	 246: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 247: MovReg dst: r0 src: r4
	 248: AddImm dst: r0 imm: 8
	 249: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 250: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 251: SwapBE dst: r1 
	 252: AndImm dst: r1 imm: 65528
	 253: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 254: OrImm dst: r7 imm: 768
	 255: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 256: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 257: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 258: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 259: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 260: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 261: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 262: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 263: Ja off: -1 <l4_6>
v6_opt_19:
	 264: MovReg dst: r0 src: r4
	 265: AddImm dst: r0 imm: 8
	 266: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 267: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 268: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 269: AddImm dst: r1 imm: 1
	 270: LShImm dst: r1 imm: 3
	 271: AddReg dst: r4 src: r1
	 272: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 273: MovReg dst: r0 src: r4
	 274: AddImm dst: r0 imm: 8
	 275: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 276: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 277: SwapBE dst: r1 
	 278: AndImm dst: r1 imm: 65528
	 279: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 280: OrImm dst: r7 imm: 768
	 281: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 282: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 283: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 284: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 285: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 286: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 287: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 288: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 289: Ja off: -1 <l4_6>
v6_opt_23:
	 290: MovReg dst: r0 src: r4
	 291: AddImm dst: r0 imm: 8
	 292: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 293: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 294: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 295: AddImm dst: r1 imm: 1
	 296: LShImm dst: r1 imm: 3
	 297: AddReg dst: r4 src: r1
	 298: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 299: MovReg dst: r0 src: r4
	 300: AddImm dst: r0 imm: 8
	 301: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 302: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 303: SwapBE dst: r1 
	 304: AndImm dst: r1 imm: 65528
	 305: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 306: OrImm dst: r7 imm: 768
	 307: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 308: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 309: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 310: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 311: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 312: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 313: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 314: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 315: Ja off: -1 <l4_6>
v6_opt_27:
	 316: MovReg dst: r0 src: r4
	 317: AddImm dst: r0 imm: 8
	 318: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 319: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 320: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 321: AddImm dst: r1 imm: 1
	 322: LShImm dst: r1 imm: 3
	 323: AddReg dst: r4 src: r1
	 324: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 325: MovReg dst: r0 src: r4
	 326: AddImm dst: r0 imm: 8
	 327: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 328: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 329: SwapBE dst: r1 
	 330: AndImm dst: r1 imm: 65528
	 331: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 332: OrImm dst: r7 imm: 768
	 333: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 334: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 335: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 336: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 337: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 338: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 339: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 340: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 341: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 342: OrReg dst: r7 src: r5
	 343: MovImm dst: r8 imm: 0
	 344: StMemW dst: rfp src: r0 off: -184 imm: 0
	 345: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 346: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 347: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 348: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 349: Ja off: -1 <l4done_6>
tcp_6:
	 350: MovReg dst: r0 src: r4
	 351: AddImm dst: r0 imm: 20
	 352: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 353: Ja off: -1 <ports_6>
udp_6:
	 354: MovReg dst: r0 src: r4
	 355: AddImm dst: r0 imm: 8
	 356: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 357: Ja off: -1 <ports_6>
sctp_6:
	 358: MovReg dst: r0 src: r4
	 359: AddImm dst: r0 imm: 12
	 360: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 361: Ja off: -1 <ports_6>
ports_6:
	 362: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 363: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 364: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 365: SwapBE dst: r8 
	 366: Ja off: -1 <l4done_6>
l4done_6:
	 367: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 368: StMemB dst: rfp src: r0 off: -179 imm: 0
	 369: StMemH dst: rfp src: r0 off: -178 imm: 0
	 370: StMemW dst: rfp src: r0 off: -176 imm: 256
	 371: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 372: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 373: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 374: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 375: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 376: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 377: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 378: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 379: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 380: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 381: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 382: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 383: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 384: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 385: StMemB dst: rfp src: r0 off: -179 imm: 0
	 386: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 387: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 388: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 389: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 390: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 391: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 392: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 393: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 394: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 395: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 396: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 397: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 398: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 399: StMemH dst: rfp src: r0 off: -178 imm: 0
	 400: StMemB dst: rfp src: r0 off: -179 imm: 1
	 401: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 403: MovReg dst: r2 src: rfp
	 404: AddImm dst: r2 imm: -216
	 405: Call FnMapLookupElem
	 406: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 407: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 408: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 409: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 410: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 411: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 412: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 413: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 414: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 415: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 416: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 417: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 418: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 419: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 420: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 421: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 422: StMemH dst: rfp src: r0 off: -178 imm: 0
	 423: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 424: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 426: MovReg dst: r2 src: rfp
	 427: AddImm dst: r2 imm: -216
	 428: Call FnMapLookupElem
	 429: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 430: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 431: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 432: Ja off: -1 <ct_reply>
ct_miss_35:
	 433: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_skip_34:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 434: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 436: MovReg dst: r2 src: rfp
	 437: AddImm dst: r2 imm: -216
	 438: Call FnMapLookupElem
	 439: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 440: StMemW dst: rfp src: r0 off: -164 imm: 128
	 441: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 442: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 443: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 444: StXMemW dst: rfp src: r1 off: -156 imm: 0
	 445: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 446: StXMemW dst: rfp src: r1 off: -152 imm: 0
	 447: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 448: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 449: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 451: MovReg dst: r2 src: rfp
	 452: AddImm dst: r2 imm: -164
	 453: Call FnMapLookupElem
	 454: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 455: StMemW dst: rfp src: r0 off: -144 imm: 10
	 456: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 457: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	 458: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	 459: LShImm dst: r1 imm: 16
	 460: OrImm dst: r1 imm: 512
	 461: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
	 462: StMemW dst: rfp src: r0 off: -140 imm: 3
	 463: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 465: MovReg dst: r2 src: rfp
	 466: AddImm dst: r2 imm: -140
	 467: Call FnMapLookupElem
	 468: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 469: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 470: AddImm dst: r1 imm: 1
	 471: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 472: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 473: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 474: AddReg dst: r2 src: r1
	 475: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 476: MovImm dst: r0 imm: 0
	 477: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 478: StMemW dst: rfp src: r0 off: -140 imm: 4
	 479: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 481: MovReg dst: r2 src: rfp
	 482: AddImm dst: r2 imm: -140
	 483: Call FnMapLookupElem
	 484: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 485: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 486: AddImm dst: r1 imm: 1
	 487: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 488: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 489: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 490: AddReg dst: r2 src: r1
	 491: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 492: MovImm dst: r0 imm: 0
	 493: Exit
have_identity:
	 494: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 495: StXMemW dst: rfp src: r1 off: -144 imm: 0
	    ; ipcache hit: identity and the membership words the decision reads, from its value
	 496: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 497: StXMemW dst: rfp src: r1 off: -128 imm: 0
	 498: Ja off: -1 <words_ready>
membership:
	    ; selector membership of the world identity
	 499: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 501: MovReg dst: r2 src: rfp
	 502: AddImm dst: r2 imm: -144
	 503: Call FnMapLookupElem
	 504: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 505: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 506: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	 507: MovReg dst: r9 src: rfp
	 508: AddImm dst: r9 imm: -128
	 509: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 510: StMemW dst: rfp src: r0 off: -140 imm: 6
	 511: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 513: MovReg dst: r2 src: rfp
	 514: AddImm dst: r2 imm: -140
	 515: Call FnMapLookupElem
	 516: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 517: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 518: AddImm dst: r1 imm: 1
	 519: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 520: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 521: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 522: AddReg dst: r2 src: r1
	 523: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 524: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 525: MovReg dst: r1 src: r7
	 526: AndImm dst: r1 imm: 511
	 527: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 528: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 529: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 5 intervals
	 530: JGEImm dst: r8 off: -1 imm: 2 <ge_42>
	 531: JGEImm dst: r8 off: -1 imm: 1 <ge_43>
	 532: Ja off: -1 <class_0>
ge_43:
	 533: Ja off: -1 <class_1>
ge_42:
	 534: JGEImm dst: r8 off: -1 imm: 10000 <ge_44>
	 535: Ja off: -1 <class_0>
ge_44:
	 536: JGEImm dst: r8 off: -1 imm: 10001 <ge_45>
	 537: Ja off: -1 <class_2>
ge_45:
	 538: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 3 intervals
	 539: JGEImm dst: r8 off: -1 imm: 1 <ge_46>
	 540: Ja off: -1 <class_0>
ge_46:
	 541: JGEImm dst: r8 off: -1 imm: 1025 <ge_47>
	 542: Ja off: -1 <class_3>
ge_47:
	 543: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order []
	 544: Ja off: -1 <default>
class_1:
	    ; class 1: candidates in precedence order [4]
	 545: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 546: JSet32Imm dst: r1 off: -1 imm: 4 <c1_entry4_48>
	 547: Ja off: -1 <default>
c1_entry4_48:
	    ; entry 4 allow peer={reserved.host=} proto=6 ports=1-1: ns/random random.yaml:4:3
	 548: MovImm dst: r8 imm: 4
	 549: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [3]
	 550: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 551: JSet32Imm dst: r1 off: -1 imm: 1 <c2_entry3_49>
	 552: Ja off: -1 <default>
c2_entry3_49:
	    ; entry 3 allow peer={} proto=6 ports=10000-10000: ns/random random.yaml:3:3
	 553: MovImm dst: r8 imm: 3
	 554: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [1]
	 555: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 556: JSet32Imm dst: r1 off: -1 imm: 32 <c3_entry1_50>
	 557: Ja off: -1 <default>
c3_entry1_50:
	    ; entry 1 redirect peer={reserved.world=} proto=132 ports=1-1024: ns/random random.yaml:1:3
	 558: MovImm dst: r8 imm: 1
	 559: MovImm dst: r9 imm: 39738
	 560: Ja off: -1 <verdict_redirect>
default:
	    ; no entry matches: deny (enforced=true)
	 561: MovImm dst: r8 imm: 0
	 562: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 563: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 564: XorReg dst: r8 src: r1
	 565: XorReg dst: r8 src: r1
	 566: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 567: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 569: MovReg dst: r2 src: rfp
	 570: AddImm dst: r2 imm: -140
	 571: Call FnMapLookupElem
	 572: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 573: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 574: AddImm dst: r1 imm: 1
	 575: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 576: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 577: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 578: AddReg dst: r2 src: r1
	 579: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 580: StMemW dst: rfp src: r0 off: -60 imm: 256
	 581: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 582: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 583: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 584: StMemW dst: rfp src: r0 off: -44 imm: 0
	 585: StMemW dst: rfp src: r0 off: -40 imm: 0
	 586: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 587: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_52>
	 588: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 589: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 590: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 591: OrImm dst: r1 imm: 67108864
	 592: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 593: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 594: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 595: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 596: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 597: StMemW dst: rfp src: r0 off: -32 imm: 0
	 598: StMemW dst: rfp src: r0 off: -16 imm: 0
	 599: StMemW dst: rfp src: r0 off: -28 imm: 0
	 600: StMemW dst: rfp src: r0 off: -12 imm: 0
	 601: StMemW dst: rfp src: r0 off: -24 imm: 0
	 602: StMemW dst: rfp src: r0 off: -8 imm: 0
	 603: Ja off: -1 <fam_done_53>
fam_v6_52:
	 604: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 605: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 606: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 607: OrImm dst: r1 imm: 100663296
	 608: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 609: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 610: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 611: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 612: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 613: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 614: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 615: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 616: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 617: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 618: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 619: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 620: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 621: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 622: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 623: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 624: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_53:
	 625: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 627: MovReg dst: r2 src: rfp
	 628: AddImm dst: r2 imm: -64
	 629: MovImm dst: r3 imm: 60
	 630: MovImm dst: r4 imm: 0
	 631: Call FnRingbufOutput
	 632: MovImm dst: r0 imm: 2
	 633: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 634: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 635: XorReg dst: r8 src: r1
	 636: XorReg dst: r8 src: r1
	 637: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 638: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 640: MovReg dst: r2 src: rfp
	 641: AddImm dst: r2 imm: -140
	 642: Call FnMapLookupElem
	 643: JEqImm dst: r0 off: -1 imm: 0 <count_done_54>
	 644: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 645: AddImm dst: r1 imm: 1
	 646: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 647: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 648: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 649: AddReg dst: r2 src: r1
	 650: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_54:
	 651: StMemW dst: rfp src: r0 off: -60 imm: 256
	 652: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 653: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 654: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 655: StMemW dst: rfp src: r0 off: -44 imm: 0
	 656: StMemW dst: rfp src: r0 off: -40 imm: 0
	 657: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 658: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_55>
	 659: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 660: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 661: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 662: OrImm dst: r1 imm: 67109120
	 663: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 664: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 665: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 666: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 667: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 668: StMemW dst: rfp src: r0 off: -32 imm: 0
	 669: StMemW dst: rfp src: r0 off: -16 imm: 0
	 670: StMemW dst: rfp src: r0 off: -28 imm: 0
	 671: StMemW dst: rfp src: r0 off: -12 imm: 0
	 672: StMemW dst: rfp src: r0 off: -24 imm: 0
	 673: StMemW dst: rfp src: r0 off: -8 imm: 0
	 674: Ja off: -1 <fam_done_56>
fam_v6_55:
	 675: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 676: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 677: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 678: OrImm dst: r1 imm: 100663552
	 679: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 680: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 681: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 682: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 683: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 684: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 685: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 686: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 687: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 688: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 689: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 690: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 691: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 692: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 693: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 694: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 695: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_56:
	 696: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 698: MovReg dst: r2 src: rfp
	 699: AddImm dst: r2 imm: -64
	 700: MovImm dst: r3 imm: 60
	 701: MovImm dst: r4 imm: 0
	 702: Call FnRingbufOutput
	 703: JSetImm dst: r7 off: -1 imm: 512 <fam_done_59>
	 704: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 705: StMemH dst: rfp src: r0 off: -168 imm: 0
	 706: StMemB dst: rfp src: r0 off: -166 imm: 1
	 707: StMemB dst: rfp src: r0 off: -165 imm: 0
	 708: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 709: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_58>
	 710: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 711: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 712: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_60>
	 713: JGTReg dst: r1 off: -1 src: r2 <ct_swap_61>
	 714: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 715: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 716: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_60>
	 717: JGTReg dst: r1 off: -1 src: r2 <ct_swap_61>
	 718: StMemB dst: rfp src: r0 off: -203 imm: 0
	 719: Ja off: -1 <ct_ordered_60>
ct_swap_61:
	 720: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 721: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 722: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 723: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 724: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 725: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 726: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 727: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 728: StMemH dst: rfp src: r0 off: -202 imm: 0
	 729: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_60:
	 730: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 732: MovReg dst: r2 src: rfp
	 733: AddImm dst: r2 imm: -216
	 734: MovReg dst: r3 src: rfp
	 735: AddImm dst: r3 imm: -172
	 736: MovImm dst: r4 imm: 0
	 737: Call FnMapUpdateElem
	 738: Ja off: -1 <fam_done_59>
fam_v6_58:
	 739: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 740: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 741: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 742: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 743: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 744: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 745: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 746: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 747: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 748: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 749: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 750: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 751: StMemB dst: rfp src: r0 off: -179 imm: 0
	 752: Ja off: -1 <ct_ordered_62>
ct_swap_63:
	 753: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 754: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 755: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 756: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 757: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 758: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 759: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 760: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 761: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 762: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 763: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 764: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 765: StMemH dst: rfp src: r0 off: -178 imm: 0
	 766: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_62:
	 767: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 769: MovReg dst: r2 src: rfp
	 770: AddImm dst: r2 imm: -216
	 771: MovReg dst: r3 src: rfp
	 772: AddImm dst: r3 imm: -172
	 773: MovImm dst: r4 imm: 0
	 774: Call FnMapUpdateElem
fam_done_59:
	 775: MovImm dst: r0 imm: 0
	 776: Exit
verdict_redirect:
	    ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	 777: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 778: XorReg dst: r8 src: r1
	 779: XorReg dst: r8 src: r1
	 780: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 781: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 783: MovReg dst: r2 src: rfp
	 784: AddImm dst: r2 imm: -140
	 785: Call FnMapLookupElem
	 786: JEqImm dst: r0 off: -1 imm: 0 <count_done_64>
	 787: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 788: AddImm dst: r1 imm: 1
	 789: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 790: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 791: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 792: AddReg dst: r2 src: r1
	 793: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_64:
	 794: MovReg dst: r1 src: r9
	 795: LShImm dst: r1 imm: 16
	 796: OrImm dst: r1 imm: 512
	 797: StXMemW dst: r6 src: r1 off: 8 imm: 0
	 798: StMemW dst: rfp src: r0 off: -60 imm: 256
	 799: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 800: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 801: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 802: StMemW dst: rfp src: r0 off: -44 imm: 0
	 803: MovReg dst: r1 src: r9
	 804: AndImm dst: r1 imm: 65535
	 805: StXMemW dst: rfp src: r1 off: -40 imm: 0
	 806: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 807: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_65>
	 808: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 809: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 810: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 811: OrImm dst: r1 imm: 67109376
	 812: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 813: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 814: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 815: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 816: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 817: StMemW dst: rfp src: r0 off: -32 imm: 0
	 818: StMemW dst: rfp src: r0 off: -16 imm: 0
	 819: StMemW dst: rfp src: r0 off: -28 imm: 0
	 820: StMemW dst: rfp src: r0 off: -12 imm: 0
	 821: StMemW dst: rfp src: r0 off: -24 imm: 0
	 822: StMemW dst: rfp src: r0 off: -8 imm: 0
	 823: Ja off: -1 <fam_done_66>
fam_v6_65:
	 824: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 825: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 826: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 827: OrImm dst: r1 imm: 100663808
	 828: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 829: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 830: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 831: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 832: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 833: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 834: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 835: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 836: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 837: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 838: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 839: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 840: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 841: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 842: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 843: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 844: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_66:
	 845: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 847: MovReg dst: r2 src: rfp
	 848: AddImm dst: r2 imm: -64
	 849: MovImm dst: r3 imm: 60
	 850: MovImm dst: r4 imm: 0
	 851: Call FnRingbufOutput
	 852: JSetImm dst: r7 off: -1 imm: 512 <fam_done_69>
	 853: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 854: StXMemH dst: rfp src: r9 off: -168 imm: 0
	 855: StMemB dst: rfp src: r0 off: -166 imm: 2
	 856: StMemB dst: rfp src: r0 off: -165 imm: 0
	 857: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 858: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_68>
	 859: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 860: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 861: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_70>
	 862: JGTReg dst: r1 off: -1 src: r2 <ct_swap_71>
	 863: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 864: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 865: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_70>
	 866: JGTReg dst: r1 off: -1 src: r2 <ct_swap_71>
	 867: StMemB dst: rfp src: r0 off: -203 imm: 0
	 868: Ja off: -1 <ct_ordered_70>
ct_swap_71:
	 869: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 870: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 871: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 872: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 873: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 874: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 875: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 876: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 877: StMemH dst: rfp src: r0 off: -202 imm: 0
	 878: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_70:
	 879: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 881: MovReg dst: r2 src: rfp
	 882: AddImm dst: r2 imm: -216
	 883: MovReg dst: r3 src: rfp
	 884: AddImm dst: r3 imm: -172
	 885: MovImm dst: r4 imm: 0
	 886: Call FnMapUpdateElem
	 887: Ja off: -1 <fam_done_69>
fam_v6_68:
	 888: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 889: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 890: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_72>
	 891: JGTReg dst: r1 off: -1 src: r2 <ct_swap_73>
	 892: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 893: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 894: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_72>
	 895: JGTReg dst: r1 off: -1 src: r2 <ct_swap_73>
	 896: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 897: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 898: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_72>
	 899: JGTReg dst: r1 off: -1 src: r2 <ct_swap_73>
	 900: StMemB dst: rfp src: r0 off: -179 imm: 0
	 901: Ja off: -1 <ct_ordered_72>
ct_swap_73:
	 902: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 903: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 904: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 905: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 906: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 907: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 908: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 909: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 910: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 911: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 912: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 913: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 914: StMemH dst: rfp src: r0 off: -178 imm: 0
	 915: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_72:
	 916: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 918: MovReg dst: r2 src: rfp
	 919: AddImm dst: r2 imm: -216
	 920: MovReg dst: r3 src: rfp
	 921: AddImm dst: r3 imm: -172
	 922: MovImm dst: r4 imm: 0
	 923: Call FnMapUpdateElem
fam_done_69:
	 924: MovImm dst: r0 imm: 0
	 925: Exit
malformed:
	    ; truncated or malformed header: drop
	 926: StMemW dst: rfp src: r0 off: -140 imm: 2
	 927: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 929: MovReg dst: r2 src: rfp
	 930: AddImm dst: r2 imm: -140
	 931: Call FnMapLookupElem
	 932: JEqImm dst: r0 off: -1 imm: 0 <count_done_74>
	 933: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 934: AddImm dst: r1 imm: 1
	 935: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 936: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 937: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 938: AddReg dst: r2 src: r1
	 939: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_74:
	 940: MovImm dst: r0 imm: 2
	 941: Exit

== subject-256 policy_egress (section tcx/ingress, enforced=true, 811 instructions)
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
	  74: StXMemW dst: rfp src: r1 off: -208 imm: 0
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
	  87: StXMemH dst: rfp src: r1 off: -208 imm: 0
	  88: Ja off: -1 <l4done_4>
echorep_4:
	  89: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	  90: StXMemH dst: rfp src: r1 off: -206 imm: 0
	  91: Ja off: -1 <l4done_4>
l4done_4:
	  92: StXMemB dst: rfp src: r5 off: -204 imm: 0
	  93: StMemB dst: rfp src: r0 off: -203 imm: 1
	  94: StMemH dst: rfp src: r0 off: -202 imm: 0
	  95: StMemW dst: rfp src: r0 off: -200 imm: 256
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
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 147: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 149: MovReg dst: r2 src: rfp
	 150: AddImm dst: r2 imm: -212
	 151: Call FnMapLookupElem
	 152: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 153: StMemW dst: rfp src: r0 off: -164 imm: 32
	 154: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 155: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 156: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 158: MovReg dst: r2 src: rfp
	 159: AddImm dst: r2 imm: -164
	 160: Call FnMapLookupElem
	 161: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 162: StMemW dst: rfp src: r0 off: -144 imm: 9
	 163: Ja off: -1 <membership>
ipv6:
	    ; IPv6 header
	 164: MovReg dst: r0 src: r4
	 165: AddImm dst: r0 imm: 40
	 166: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 167: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 168: AndImm dst: r1 imm: 240
	 169: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 170: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 171: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 172: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 173: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 174: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 175: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 176: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 177: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 178: MovImm dst: r7 imm: 0
	 179: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 180: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 181: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 182: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 183: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 184: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 185: Ja off: -1 <l4_6>
v6_opt_7:
	 186: MovReg dst: r0 src: r4
	 187: AddImm dst: r0 imm: 8
	 188: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 189: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 190: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 191: AddImm dst: r1 imm: 1
	 192: LShImm dst: r1 imm: 3
	 193: AddReg dst: r4 src: r1
	 194: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 195: MovReg dst: r0 src: r4
	 196: AddImm dst: r0 imm: 8
	 197: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 198: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 199: SwapBE dst: r1 
	 200: AndImm dst: r1 imm: 65528
	 201: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 202: OrImm dst: r7 imm: 768
	 203: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 204: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 205: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 206: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 207: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 208: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 209: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 210: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 211: Ja off: -1 <l4_6>
v6_opt_11:
	 212: MovReg dst: r0 src: r4
	 213: AddImm dst: r0 imm: 8
	 214: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 215: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 216: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 217: AddImm dst: r1 imm: 1
	 218: LShImm dst: r1 imm: 3
	 219: AddReg dst: r4 src: r1
	 220: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 221: MovReg dst: r0 src: r4
	 222: AddImm dst: r0 imm: 8
	 223: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 224: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 225: SwapBE dst: r1 
	 226: AndImm dst: r1 imm: 65528
	 227: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 228: OrImm dst: r7 imm: 768
	 229: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 230: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 231: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 232: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 233: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 234: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 235: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 236: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 237: Ja off: -1 <l4_6>
v6_opt_15:
	 238: MovReg dst: r0 src: r4
	 239: AddImm dst: r0 imm: 8
	 240: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 241: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 242: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 243: AddImm dst: r1 imm: 1
	 244: LShImm dst: r1 imm: 3
	 245: AddReg dst: r4 src: r1
	 246: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 247: MovReg dst: r0 src: r4
	 248: AddImm dst: r0 imm: 8
	 249: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 250: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 251: SwapBE dst: r1 
	 252: AndImm dst: r1 imm: 65528
	 253: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 254: OrImm dst: r7 imm: 768
	 255: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 256: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 257: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 258: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 259: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 260: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 261: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 262: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 263: Ja off: -1 <l4_6>
v6_opt_19:
	 264: MovReg dst: r0 src: r4
	 265: AddImm dst: r0 imm: 8
	 266: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 267: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 268: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 269: AddImm dst: r1 imm: 1
	 270: LShImm dst: r1 imm: 3
	 271: AddReg dst: r4 src: r1
	 272: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 273: MovReg dst: r0 src: r4
	 274: AddImm dst: r0 imm: 8
	 275: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 276: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 277: SwapBE dst: r1 
	 278: AndImm dst: r1 imm: 65528
	 279: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 280: OrImm dst: r7 imm: 768
	 281: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 282: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 283: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 284: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 285: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 286: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 287: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 288: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 289: Ja off: -1 <l4_6>
v6_opt_23:
	 290: MovReg dst: r0 src: r4
	 291: AddImm dst: r0 imm: 8
	 292: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 293: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 294: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 295: AddImm dst: r1 imm: 1
	 296: LShImm dst: r1 imm: 3
	 297: AddReg dst: r4 src: r1
	 298: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 299: MovReg dst: r0 src: r4
	 300: AddImm dst: r0 imm: 8
	 301: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 302: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 303: SwapBE dst: r1 
	 304: AndImm dst: r1 imm: 65528
	 305: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 306: OrImm dst: r7 imm: 768
	 307: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 308: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 309: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 310: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 311: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 312: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 313: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 314: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 315: Ja off: -1 <l4_6>
v6_opt_27:
	 316: MovReg dst: r0 src: r4
	 317: AddImm dst: r0 imm: 8
	 318: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 319: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 320: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 321: AddImm dst: r1 imm: 1
	 322: LShImm dst: r1 imm: 3
	 323: AddReg dst: r4 src: r1
	 324: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 325: MovReg dst: r0 src: r4
	 326: AddImm dst: r0 imm: 8
	 327: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 328: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 329: SwapBE dst: r1 
	 330: AndImm dst: r1 imm: 65528
	 331: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 332: OrImm dst: r7 imm: 768
	 333: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 334: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 335: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 336: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 337: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 338: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 339: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 340: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 341: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 342: OrReg dst: r7 src: r5
	 343: MovImm dst: r8 imm: 0
	 344: StMemW dst: rfp src: r0 off: -184 imm: 0
	 345: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 346: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 347: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 348: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 349: Ja off: -1 <l4done_6>
tcp_6:
	 350: MovReg dst: r0 src: r4
	 351: AddImm dst: r0 imm: 20
	 352: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 353: Ja off: -1 <ports_6>
udp_6:
	 354: MovReg dst: r0 src: r4
	 355: AddImm dst: r0 imm: 8
	 356: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 357: Ja off: -1 <ports_6>
sctp_6:
	 358: MovReg dst: r0 src: r4
	 359: AddImm dst: r0 imm: 12
	 360: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 361: Ja off: -1 <ports_6>
ports_6:
	 362: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 363: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 364: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 365: SwapBE dst: r8 
	 366: Ja off: -1 <l4done_6>
l4done_6:
	 367: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 368: StMemB dst: rfp src: r0 off: -179 imm: 1
	 369: StMemH dst: rfp src: r0 off: -178 imm: 0
	 370: StMemW dst: rfp src: r0 off: -176 imm: 256
	 371: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 372: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 373: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 374: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 375: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 376: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 377: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 378: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 379: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 380: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 381: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 382: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 383: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 384: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 385: StMemB dst: rfp src: r0 off: -179 imm: 0
	 386: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 387: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 388: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 389: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 390: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 391: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 392: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 393: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 394: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 395: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 396: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 397: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 398: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 399: StMemH dst: rfp src: r0 off: -178 imm: 0
	 400: StMemB dst: rfp src: r0 off: -179 imm: 0
	 401: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 403: MovReg dst: r2 src: rfp
	 404: AddImm dst: r2 imm: -216
	 405: Call FnMapLookupElem
	 406: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 407: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 408: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 409: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 410: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 411: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 412: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 413: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 414: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 415: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 416: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 417: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 418: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 419: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 420: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 421: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 422: StMemH dst: rfp src: r0 off: -178 imm: 0
	 423: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 424: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 426: MovReg dst: r2 src: rfp
	 427: AddImm dst: r2 imm: -216
	 428: Call FnMapLookupElem
	 429: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 430: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 431: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 432: Ja off: -1 <ct_reply>
ct_miss_35:
	 433: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_skip_34:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 434: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 436: MovReg dst: r2 src: rfp
	 437: AddImm dst: r2 imm: -200
	 438: Call FnMapLookupElem
	 439: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 440: StMemW dst: rfp src: r0 off: -164 imm: 128
	 441: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 442: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 443: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 444: StXMemW dst: rfp src: r1 off: -156 imm: 0
	 445: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 446: StXMemW dst: rfp src: r1 off: -152 imm: 0
	 447: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 448: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 449: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 451: MovReg dst: r2 src: rfp
	 452: AddImm dst: r2 imm: -164
	 453: Call FnMapLookupElem
	 454: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 455: StMemW dst: rfp src: r0 off: -144 imm: 10
	 456: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 457: StMemW dst: rfp src: r0 off: -140 imm: 3
	 458: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 460: MovReg dst: r2 src: rfp
	 461: AddImm dst: r2 imm: -140
	 462: Call FnMapLookupElem
	 463: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 464: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 465: AddImm dst: r1 imm: 1
	 466: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 467: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 468: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 469: AddReg dst: r2 src: r1
	 470: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 471: MovImm dst: r0 imm: 0
	 472: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 473: StMemW dst: rfp src: r0 off: -140 imm: 4
	 474: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 476: MovReg dst: r2 src: rfp
	 477: AddImm dst: r2 imm: -140
	 478: Call FnMapLookupElem
	 479: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 480: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 481: AddImm dst: r1 imm: 1
	 482: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 483: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 484: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 485: AddReg dst: r2 src: r1
	 486: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 487: MovImm dst: r0 imm: 0
	 488: Exit
have_identity:
	 489: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 490: StXMemW dst: rfp src: r1 off: -144 imm: 0
	    ; ipcache hit: identity and the membership words the decision reads, from its value
	 491: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 492: StXMemW dst: rfp src: r1 off: -128 imm: 0
	 493: Ja off: -1 <words_ready>
membership:
	    ; selector membership of the world identity
	 494: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 496: MovReg dst: r2 src: rfp
	 497: AddImm dst: r2 imm: -144
	 498: Call FnMapLookupElem
	 499: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 500: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 501: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	 502: MovReg dst: r9 src: rfp
	 503: AddImm dst: r9 imm: -128
	 504: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 505: StMemW dst: rfp src: r0 off: -140 imm: 6
	 506: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 508: MovReg dst: r2 src: rfp
	 509: AddImm dst: r2 imm: -140
	 510: Call FnMapLookupElem
	 511: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 512: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 513: AddImm dst: r1 imm: 1
	 514: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 515: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 516: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 517: AddReg dst: r2 src: r1
	 518: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 519: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 520: MovReg dst: r1 src: r7
	 521: AndImm dst: r1 imm: 511
	 522: JEqImm dst: r1 off: -1 imm: 1 <tree_1>
	 523: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 524: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 525: JEqImm dst: r1 off: -1 imm: 388 <class_4>
	 526: Ja off: -1 <class_0>
tree_1:
	    ; protocol 1: port compare tree over 5 intervals
	 527: JGEImm dst: r8 off: -1 imm: 129 <ge_42>
	 528: JGEImm dst: r8 off: -1 imm: 128 <ge_43>
	 529: Ja off: -1 <class_0>
ge_43:
	 530: Ja off: -1 <class_1>
ge_42:
	 531: JGEImm dst: r8 off: -1 imm: 135 <ge_44>
	 532: Ja off: -1 <class_0>
ge_44:
	 533: JGEImm dst: r8 off: -1 imm: 136 <ge_45>
	 534: Ja off: -1 <class_2>
ge_45:
	 535: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 3 intervals
	 536: JGEImm dst: r8 off: -1 imm: 22 <ge_46>
	 537: Ja off: -1 <class_0>
ge_46:
	 538: JGEImm dst: r8 off: -1 imm: 82 <ge_47>
	 539: Ja off: -1 <class_3>
ge_47:
	 540: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 1 intervals
	 541: Ja off: -1 <class_4>
class_0:
	    ; class 0: candidates in precedence order [5]
	 542: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 543: JSet32Imm dst: r1 off: -1 imm: 16 <c0_entry5_48>
	 544: Ja off: -1 <default>
c0_entry5_48:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 545: MovImm dst: r8 imm: 5
	 546: Ja off: -1 <verdict_deny>
class_1:
	    ; class 1: candidates in precedence order [5 8]
	 547: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 548: JSet32Imm dst: r1 off: -1 imm: 16 <c1_entry5_49>
	 549: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry8_50>
	 550: Ja off: -1 <default>
c1_entry5_49:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 551: MovImm dst: r8 imm: 5
	 552: Ja off: -1 <verdict_deny>
c1_entry8_50:
	    ; entry 8 allow peer={} proto=1 ports=128-128: ns/random random.yaml:8:3
	 553: MovImm dst: r8 imm: 8
	 554: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [5 9]
	 555: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 556: JSet32Imm dst: r1 off: -1 imm: 16 <c2_entry5_51>
	 557: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry9_52>
	 558: Ja off: -1 <default>
c2_entry5_51:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 559: MovImm dst: r8 imm: 5
	 560: Ja off: -1 <verdict_deny>
c2_entry9_52:
	    ; entry 9 allow peer={reserved.host=} proto=1 ports=135-135: ns/random random.yaml:9:3
	 561: MovImm dst: r8 imm: 9
	 562: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [5 6]
	 563: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 564: JSet32Imm dst: r1 off: -1 imm: 16 <c3_entry5_53>
	 565: JSet32Imm dst: r1 off: -1 imm: 1 <c3_entry6_54>
	 566: Ja off: -1 <default>
c3_entry5_53:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 567: MovImm dst: r8 imm: 5
	 568: Ja off: -1 <verdict_deny>
c3_entry6_54:
	    ; entry 6 deny peer={} proto=6 ports=22-81: ns/random random.yaml:6:3
	 569: MovImm dst: r8 imm: 6
	 570: Ja off: -1 <verdict_deny>
class_4:
	    ; class 4: candidates in precedence order [5 7]
	 571: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 572: JSet32Imm dst: r1 off: -1 imm: 16 <c4_entry5_55>
	 573: JSet32Imm dst: r1 off: -1 imm: 8 <c4_entry7_56>
	 574: Ja off: -1 <default>
c4_entry5_55:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 575: MovImm dst: r8 imm: 5
	 576: Ja off: -1 <verdict_deny>
c4_entry7_56:
	    ; entry 7 deny peer={k8s.app=b} proto=132 ports=0-65535: ns/random random.yaml:7:3
	 577: MovImm dst: r8 imm: 7
	 578: Ja off: -1 <verdict_deny>
default:
	    ; no entry matches: deny (enforced=true)
	 579: MovImm dst: r8 imm: 0
	 580: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 581: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 582: XorReg dst: r8 src: r1
	 583: XorReg dst: r8 src: r1
	 584: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 585: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 587: MovReg dst: r2 src: rfp
	 588: AddImm dst: r2 imm: -140
	 589: Call FnMapLookupElem
	 590: JEqImm dst: r0 off: -1 imm: 0 <count_done_57>
	 591: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 592: AddImm dst: r1 imm: 1
	 593: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 594: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 595: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 596: AddReg dst: r2 src: r1
	 597: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_57:
	 598: StMemW dst: rfp src: r0 off: -64 imm: 256
	 599: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 600: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 601: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 602: StMemW dst: rfp src: r0 off: -44 imm: 0
	 603: StMemW dst: rfp src: r0 off: -40 imm: 0
	 604: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 605: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_58>
	 606: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 607: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 608: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 609: OrImm dst: r1 imm: 67174400
	 610: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 611: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 612: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 613: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 614: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 615: StMemW dst: rfp src: r0 off: -32 imm: 0
	 616: StMemW dst: rfp src: r0 off: -16 imm: 0
	 617: StMemW dst: rfp src: r0 off: -28 imm: 0
	 618: StMemW dst: rfp src: r0 off: -12 imm: 0
	 619: StMemW dst: rfp src: r0 off: -24 imm: 0
	 620: StMemW dst: rfp src: r0 off: -8 imm: 0
	 621: Ja off: -1 <fam_done_59>
fam_v6_58:
	 622: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 623: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 624: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 625: OrImm dst: r1 imm: 100728832
	 626: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 627: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 628: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 629: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 630: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 631: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 632: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 633: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 634: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 635: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 636: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 637: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 638: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 639: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 640: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 641: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 642: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_59:
	 643: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 645: MovReg dst: r2 src: rfp
	 646: AddImm dst: r2 imm: -64
	 647: MovImm dst: r3 imm: 60
	 648: MovImm dst: r4 imm: 0
	 649: Call FnRingbufOutput
	 650: MovImm dst: r0 imm: 2
	 651: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 652: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 653: XorReg dst: r8 src: r1
	 654: XorReg dst: r8 src: r1
	 655: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 656: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 658: MovReg dst: r2 src: rfp
	 659: AddImm dst: r2 imm: -140
	 660: Call FnMapLookupElem
	 661: JEqImm dst: r0 off: -1 imm: 0 <count_done_60>
	 662: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 663: AddImm dst: r1 imm: 1
	 664: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 665: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 666: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 667: AddReg dst: r2 src: r1
	 668: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_60:
	 669: StMemW dst: rfp src: r0 off: -64 imm: 256
	 670: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 671: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 672: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 673: StMemW dst: rfp src: r0 off: -44 imm: 0
	 674: StMemW dst: rfp src: r0 off: -40 imm: 0
	 675: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 676: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_61>
	 677: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 678: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 679: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 680: OrImm dst: r1 imm: 67174656
	 681: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 682: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 683: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 684: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 685: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 686: StMemW dst: rfp src: r0 off: -32 imm: 0
	 687: StMemW dst: rfp src: r0 off: -16 imm: 0
	 688: StMemW dst: rfp src: r0 off: -28 imm: 0
	 689: StMemW dst: rfp src: r0 off: -12 imm: 0
	 690: StMemW dst: rfp src: r0 off: -24 imm: 0
	 691: StMemW dst: rfp src: r0 off: -8 imm: 0
	 692: Ja off: -1 <fam_done_62>
fam_v6_61:
	 693: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 694: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 695: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 696: OrImm dst: r1 imm: 100729088
	 697: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 698: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 699: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 700: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 701: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 702: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 703: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 704: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 705: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 706: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 707: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 708: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 709: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 710: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 711: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 712: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 713: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_62:
	 714: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 716: MovReg dst: r2 src: rfp
	 717: AddImm dst: r2 imm: -64
	 718: MovImm dst: r3 imm: 60
	 719: MovImm dst: r4 imm: 0
	 720: Call FnRingbufOutput
	 721: JSetImm dst: r7 off: -1 imm: 512 <fam_done_65>
	 722: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 723: StMemH dst: rfp src: r0 off: -168 imm: 0
	 724: StMemB dst: rfp src: r0 off: -166 imm: 1
	 725: StMemB dst: rfp src: r0 off: -165 imm: 1
	 726: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 727: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_64>
	 728: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 729: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 730: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_66>
	 731: JGTReg dst: r1 off: -1 src: r2 <ct_swap_67>
	 732: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 733: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 734: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_66>
	 735: JGTReg dst: r1 off: -1 src: r2 <ct_swap_67>
	 736: StMemB dst: rfp src: r0 off: -203 imm: 0
	 737: Ja off: -1 <ct_ordered_66>
ct_swap_67:
	 738: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 739: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 740: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 741: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 742: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 743: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 744: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 745: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 746: StMemH dst: rfp src: r0 off: -202 imm: 0
	 747: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_66:
	 748: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 750: MovReg dst: r2 src: rfp
	 751: AddImm dst: r2 imm: -216
	 752: MovReg dst: r3 src: rfp
	 753: AddImm dst: r3 imm: -172
	 754: MovImm dst: r4 imm: 0
	 755: Call FnMapUpdateElem
	 756: Ja off: -1 <fam_done_65>
fam_v6_64:
	 757: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 758: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 759: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_68>
	 760: JGTReg dst: r1 off: -1 src: r2 <ct_swap_69>
	 761: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 762: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 763: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_68>
	 764: JGTReg dst: r1 off: -1 src: r2 <ct_swap_69>
	 765: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 766: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 767: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_68>
	 768: JGTReg dst: r1 off: -1 src: r2 <ct_swap_69>
	 769: StMemB dst: rfp src: r0 off: -179 imm: 0
	 770: Ja off: -1 <ct_ordered_68>
ct_swap_69:
	 771: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 772: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 773: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 774: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 775: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 776: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 777: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 778: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 779: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 780: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 781: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 782: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 783: StMemH dst: rfp src: r0 off: -178 imm: 0
	 784: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_ordered_68:
	 785: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 787: MovReg dst: r2 src: rfp
	 788: AddImm dst: r2 imm: -216
	 789: MovReg dst: r3 src: rfp
	 790: AddImm dst: r3 imm: -172
	 791: MovImm dst: r4 imm: 0
	 792: Call FnMapUpdateElem
fam_done_65:
	 793: MovImm dst: r0 imm: 0
	 794: Exit
malformed:
	    ; truncated or malformed header: drop
	 795: StMemW dst: rfp src: r0 off: -140 imm: 2
	 796: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 798: MovReg dst: r2 src: rfp
	 799: AddImm dst: r2 imm: -140
	 800: Call FnMapLookupElem
	 801: JEqImm dst: r0 off: -1 imm: 0 <count_done_70>
	 802: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 803: AddImm dst: r1 imm: 1
	 804: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 805: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 806: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 807: AddReg dst: r2 src: r1
	 808: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_70:
	 809: MovImm dst: r0 imm: 2
	 810: Exit

== subject-257 policy_ingress (section tcx/egress, enforced=false, 599 instructions)
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
	  73: StXMemW dst: rfp src: r1 off: -208 imm: 0
	  74: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  75: SwapBE dst: r8 
	  76: Ja off: -1 <l4done_4>
l4done_4:
	  77: StXMemB dst: rfp src: r5 off: -204 imm: 0
	  78: StMemB dst: rfp src: r0 off: -203 imm: 0
	  79: StMemH dst: rfp src: r0 off: -202 imm: 0
	  80: StMemW dst: rfp src: r0 off: -200 imm: 257
	  81: StMemB dst: rfp src: r0 off: -136 imm: 4
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	  82: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	  83: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	  84: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	  85: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  86: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	  87: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	  88: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	  89: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  90: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	  91: StMemB dst: rfp src: r0 off: -203 imm: 0
	  92: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	  93: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	  94: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	  95: StXMemW dst: rfp src: r2 off: -216 imm: 0
	  96: StXMemW dst: rfp src: r1 off: -212 imm: 0
	  97: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	  98: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	  99: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 100: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 101: StMemH dst: rfp src: r0 off: -202 imm: 0
	 102: StMemB dst: rfp src: r0 off: -203 imm: 1
	 103: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 105: MovReg dst: r2 src: rfp
	 106: AddImm dst: r2 imm: -216
	 107: Call FnMapLookupElem
	 108: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	 109: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 110: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 111: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	 112: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 113: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 114: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 115: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 116: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 117: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 118: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 119: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 120: StMemH dst: rfp src: r0 off: -202 imm: 0
	 121: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	 122: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 124: MovReg dst: r2 src: rfp
	 125: AddImm dst: r2 imm: -216
	 126: Call FnMapLookupElem
	 127: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 128: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 129: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 130: Ja off: -1 <ct_reply>
ct_miss_3:
	 131: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_skip_2:
	 132: StMemW dst: rfp src: r0 off: -144 imm: 0
	 133: Ja off: -1 <default>
ipv6:
	    ; IPv6 header
	 134: MovReg dst: r0 src: r4
	 135: AddImm dst: r0 imm: 40
	 136: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 137: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 138: AndImm dst: r1 imm: 240
	 139: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 140: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 141: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 142: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 143: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 144: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 145: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 146: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 147: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 148: MovImm dst: r7 imm: 0
	 149: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 150: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 151: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 152: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 153: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 154: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 155: Ja off: -1 <l4_6>
v6_opt_7:
	 156: MovReg dst: r0 src: r4
	 157: AddImm dst: r0 imm: 8
	 158: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 159: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 160: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 161: AddImm dst: r1 imm: 1
	 162: LShImm dst: r1 imm: 3
	 163: AddReg dst: r4 src: r1
	 164: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 165: MovReg dst: r0 src: r4
	 166: AddImm dst: r0 imm: 8
	 167: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 168: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 169: SwapBE dst: r1 
	 170: AndImm dst: r1 imm: 65528
	 171: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 172: OrImm dst: r7 imm: 768
	 173: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 174: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 175: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 176: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 177: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 178: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 179: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 180: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 181: Ja off: -1 <l4_6>
v6_opt_11:
	 182: MovReg dst: r0 src: r4
	 183: AddImm dst: r0 imm: 8
	 184: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 185: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 186: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 187: AddImm dst: r1 imm: 1
	 188: LShImm dst: r1 imm: 3
	 189: AddReg dst: r4 src: r1
	 190: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 191: MovReg dst: r0 src: r4
	 192: AddImm dst: r0 imm: 8
	 193: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 194: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 195: SwapBE dst: r1 
	 196: AndImm dst: r1 imm: 65528
	 197: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 198: OrImm dst: r7 imm: 768
	 199: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 200: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 201: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 202: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 203: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 204: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 205: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 206: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 207: Ja off: -1 <l4_6>
v6_opt_15:
	 208: MovReg dst: r0 src: r4
	 209: AddImm dst: r0 imm: 8
	 210: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 211: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 212: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 213: AddImm dst: r1 imm: 1
	 214: LShImm dst: r1 imm: 3
	 215: AddReg dst: r4 src: r1
	 216: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 217: MovReg dst: r0 src: r4
	 218: AddImm dst: r0 imm: 8
	 219: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 220: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 221: SwapBE dst: r1 
	 222: AndImm dst: r1 imm: 65528
	 223: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 224: OrImm dst: r7 imm: 768
	 225: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 226: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 227: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 228: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 229: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 230: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 231: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 232: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 233: Ja off: -1 <l4_6>
v6_opt_19:
	 234: MovReg dst: r0 src: r4
	 235: AddImm dst: r0 imm: 8
	 236: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 237: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 238: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 239: AddImm dst: r1 imm: 1
	 240: LShImm dst: r1 imm: 3
	 241: AddReg dst: r4 src: r1
	 242: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 243: MovReg dst: r0 src: r4
	 244: AddImm dst: r0 imm: 8
	 245: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 246: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 247: SwapBE dst: r1 
	 248: AndImm dst: r1 imm: 65528
	 249: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 250: OrImm dst: r7 imm: 768
	 251: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 252: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 253: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 254: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 255: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 256: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 257: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 258: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 259: Ja off: -1 <l4_6>
v6_opt_23:
	 260: MovReg dst: r0 src: r4
	 261: AddImm dst: r0 imm: 8
	 262: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 263: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 264: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 265: AddImm dst: r1 imm: 1
	 266: LShImm dst: r1 imm: 3
	 267: AddReg dst: r4 src: r1
	 268: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 269: MovReg dst: r0 src: r4
	 270: AddImm dst: r0 imm: 8
	 271: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 272: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 273: SwapBE dst: r1 
	 274: AndImm dst: r1 imm: 65528
	 275: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 276: OrImm dst: r7 imm: 768
	 277: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 278: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 279: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 280: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 281: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 282: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 283: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 284: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 285: Ja off: -1 <l4_6>
v6_opt_27:
	 286: MovReg dst: r0 src: r4
	 287: AddImm dst: r0 imm: 8
	 288: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 289: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 290: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 291: AddImm dst: r1 imm: 1
	 292: LShImm dst: r1 imm: 3
	 293: AddReg dst: r4 src: r1
	 294: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 295: MovReg dst: r0 src: r4
	 296: AddImm dst: r0 imm: 8
	 297: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 298: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 299: SwapBE dst: r1 
	 300: AndImm dst: r1 imm: 65528
	 301: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 302: OrImm dst: r7 imm: 768
	 303: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 304: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 305: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 306: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 307: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 308: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 309: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 310: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 311: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 312: OrReg dst: r7 src: r5
	 313: MovImm dst: r8 imm: 0
	 314: StMemW dst: rfp src: r0 off: -184 imm: 0
	 315: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 316: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 317: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 318: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 319: Ja off: -1 <l4done_6>
tcp_6:
	 320: MovReg dst: r0 src: r4
	 321: AddImm dst: r0 imm: 20
	 322: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 323: Ja off: -1 <ports_6>
udp_6:
	 324: MovReg dst: r0 src: r4
	 325: AddImm dst: r0 imm: 8
	 326: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 327: Ja off: -1 <ports_6>
sctp_6:
	 328: MovReg dst: r0 src: r4
	 329: AddImm dst: r0 imm: 12
	 330: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 331: Ja off: -1 <ports_6>
ports_6:
	 332: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 333: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 334: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 335: SwapBE dst: r8 
	 336: Ja off: -1 <l4done_6>
l4done_6:
	 337: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 338: StMemB dst: rfp src: r0 off: -179 imm: 0
	 339: StMemH dst: rfp src: r0 off: -178 imm: 0
	 340: StMemW dst: rfp src: r0 off: -176 imm: 257
	 341: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 342: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 343: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 344: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 345: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 346: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 347: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 348: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 349: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 350: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 351: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 352: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 353: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 354: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 355: StMemB dst: rfp src: r0 off: -179 imm: 0
	 356: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 357: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 358: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 359: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 360: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 361: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 362: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 363: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 364: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 365: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 366: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 367: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 368: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 369: StMemH dst: rfp src: r0 off: -178 imm: 0
	 370: StMemB dst: rfp src: r0 off: -179 imm: 1
	 371: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 373: MovReg dst: r2 src: rfp
	 374: AddImm dst: r2 imm: -216
	 375: Call FnMapLookupElem
	 376: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 377: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 378: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 379: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 380: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 381: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 382: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 383: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 384: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 385: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 386: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 387: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 388: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 389: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 390: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 391: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 392: StMemH dst: rfp src: r0 off: -178 imm: 0
	 393: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 394: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 396: MovReg dst: r2 src: rfp
	 397: AddImm dst: r2 imm: -216
	 398: Call FnMapLookupElem
	 399: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 400: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 401: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 402: Ja off: -1 <ct_reply>
ct_miss_35:
	 403: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_skip_34:
	 404: StMemW dst: rfp src: r0 off: -144 imm: 0
	 405: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 406: StMemW dst: rfp src: r0 off: -140 imm: 3
	 407: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 409: MovReg dst: r2 src: rfp
	 410: AddImm dst: r2 imm: -140
	 411: Call FnMapLookupElem
	 412: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 413: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 414: AddImm dst: r1 imm: 1
	 415: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 416: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 417: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 418: AddReg dst: r2 src: r1
	 419: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 420: MovImm dst: r0 imm: 0
	 421: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 422: StMemW dst: rfp src: r0 off: -140 imm: 4
	 423: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 425: MovReg dst: r2 src: rfp
	 426: AddImm dst: r2 imm: -140
	 427: Call FnMapLookupElem
	 428: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 429: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 430: AddImm dst: r1 imm: 1
	 431: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 432: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 433: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 434: AddReg dst: r2 src: r1
	 435: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 436: MovImm dst: r0 imm: 0
	 437: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 438: MovImm dst: r8 imm: 0
	 439: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 440: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 441: XorReg dst: r8 src: r1
	 442: XorReg dst: r8 src: r1
	 443: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 444: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 446: MovReg dst: r2 src: rfp
	 447: AddImm dst: r2 imm: -140
	 448: Call FnMapLookupElem
	 449: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 450: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 451: AddImm dst: r1 imm: 1
	 452: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 453: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 454: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 455: AddReg dst: r2 src: r1
	 456: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 457: StMemW dst: rfp src: r0 off: -60 imm: 257
	 458: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 459: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 460: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 461: StMemW dst: rfp src: r0 off: -44 imm: 0
	 462: StMemW dst: rfp src: r0 off: -40 imm: 0
	 463: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 464: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 465: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 466: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 467: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 468: OrImm dst: r1 imm: 67109120
	 469: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 470: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 471: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 472: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 473: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 474: StMemW dst: rfp src: r0 off: -32 imm: 0
	 475: StMemW dst: rfp src: r0 off: -16 imm: 0
	 476: StMemW dst: rfp src: r0 off: -28 imm: 0
	 477: StMemW dst: rfp src: r0 off: -12 imm: 0
	 478: StMemW dst: rfp src: r0 off: -24 imm: 0
	 479: StMemW dst: rfp src: r0 off: -8 imm: 0
	 480: Ja off: -1 <fam_done_43>
fam_v6_42:
	 481: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 482: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 483: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 484: OrImm dst: r1 imm: 100663552
	 485: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 486: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 487: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 488: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 489: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 490: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 491: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 492: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 493: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 494: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 495: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 496: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 497: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 498: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 499: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 500: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 501: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 502: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 504: MovReg dst: r2 src: rfp
	 505: AddImm dst: r2 imm: -64
	 506: MovImm dst: r3 imm: 60
	 507: MovImm dst: r4 imm: 0
	 508: Call FnRingbufOutput
	 509: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 510: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 511: StMemH dst: rfp src: r0 off: -168 imm: 0
	 512: StMemB dst: rfp src: r0 off: -166 imm: 1
	 513: StMemB dst: rfp src: r0 off: -165 imm: 0
	 514: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 515: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 516: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 517: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 518: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 519: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 520: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 521: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 522: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 523: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 524: StMemB dst: rfp src: r0 off: -203 imm: 0
	 525: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 526: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 527: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 528: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 529: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 530: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 531: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 532: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 533: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 534: StMemH dst: rfp src: r0 off: -202 imm: 0
	 535: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_47:
	 536: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 538: MovReg dst: r2 src: rfp
	 539: AddImm dst: r2 imm: -216
	 540: MovReg dst: r3 src: rfp
	 541: AddImm dst: r3 imm: -172
	 542: MovImm dst: r4 imm: 0
	 543: Call FnMapUpdateElem
	 544: Ja off: -1 <fam_done_46>
fam_v6_45:
	 545: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 546: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 547: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 548: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 549: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 550: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 551: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 552: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 553: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 554: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 555: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 556: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 557: StMemB dst: rfp src: r0 off: -179 imm: 0
	 558: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 559: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 560: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 561: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 562: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 563: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 564: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 565: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 566: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 567: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 568: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 569: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 570: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 571: StMemH dst: rfp src: r0 off: -178 imm: 0
	 572: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_49:
	 573: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 575: MovReg dst: r2 src: rfp
	 576: AddImm dst: r2 imm: -216
	 577: MovReg dst: r3 src: rfp
	 578: AddImm dst: r3 imm: -172
	 579: MovImm dst: r4 imm: 0
	 580: Call FnMapUpdateElem
fam_done_46:
	 581: MovImm dst: r0 imm: 0
	 582: Exit
malformed:
	    ; truncated or malformed header: drop
	 583: StMemW dst: rfp src: r0 off: -140 imm: 2
	 584: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 586: MovReg dst: r2 src: rfp
	 587: AddImm dst: r2 imm: -140
	 588: Call FnMapLookupElem
	 589: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 590: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 591: AddImm dst: r1 imm: 1
	 592: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 593: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 594: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 595: AddReg dst: r2 src: r1
	 596: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 597: MovImm dst: r0 imm: 2
	 598: Exit

== subject-257 policy_egress (section tcx/ingress, enforced=true, 781 instructions)
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
	  73: StXMemW dst: rfp src: r1 off: -208 imm: 0
	  74: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  75: SwapBE dst: r8 
	  76: Ja off: -1 <l4done_4>
l4done_4:
	  77: StXMemB dst: rfp src: r5 off: -204 imm: 0
	  78: StMemB dst: rfp src: r0 off: -203 imm: 1
	  79: StMemH dst: rfp src: r0 off: -202 imm: 0
	  80: StMemW dst: rfp src: r0 off: -200 imm: 257
	  81: StMemB dst: rfp src: r0 off: -136 imm: 4
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	  82: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	  83: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	  84: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	  85: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  86: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	  87: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	  88: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	  89: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	  90: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	  91: StMemB dst: rfp src: r0 off: -203 imm: 0
	  92: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	  93: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	  94: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	  95: StXMemW dst: rfp src: r2 off: -216 imm: 0
	  96: StXMemW dst: rfp src: r1 off: -212 imm: 0
	  97: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	  98: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	  99: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 100: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 101: StMemH dst: rfp src: r0 off: -202 imm: 0
	 102: StMemB dst: rfp src: r0 off: -203 imm: 0
	 103: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 105: MovReg dst: r2 src: rfp
	 106: AddImm dst: r2 imm: -216
	 107: Call FnMapLookupElem
	 108: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	 109: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 110: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 111: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	 112: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 113: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 114: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 115: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 116: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 117: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 118: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 119: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 120: StMemH dst: rfp src: r0 off: -202 imm: 0
	 121: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	 122: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 124: MovReg dst: r2 src: rfp
	 125: AddImm dst: r2 imm: -216
	 126: Call FnMapLookupElem
	 127: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 128: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 129: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 130: Ja off: -1 <ct_reply>
ct_miss_3:
	 131: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_skip_2:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 132: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 134: MovReg dst: r2 src: rfp
	 135: AddImm dst: r2 imm: -212
	 136: Call FnMapLookupElem
	 137: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 138: StMemW dst: rfp src: r0 off: -164 imm: 32
	 139: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 140: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 141: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 143: MovReg dst: r2 src: rfp
	 144: AddImm dst: r2 imm: -164
	 145: Call FnMapLookupElem
	 146: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 147: StMemW dst: rfp src: r0 off: -144 imm: 9
	 148: Ja off: -1 <membership>
ipv6:
	    ; IPv6 header
	 149: MovReg dst: r0 src: r4
	 150: AddImm dst: r0 imm: 40
	 151: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 152: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 153: AndImm dst: r1 imm: 240
	 154: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 155: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 156: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 157: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 158: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 159: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 160: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 161: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 162: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 163: MovImm dst: r7 imm: 0
	 164: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 165: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
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
	 188: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 189: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 190: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 191: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 192: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 193: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 194: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 195: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 196: Ja off: -1 <l4_6>
v6_opt_11:
	 197: MovReg dst: r0 src: r4
	 198: AddImm dst: r0 imm: 8
	 199: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 200: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 201: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 202: AddImm dst: r1 imm: 1
	 203: LShImm dst: r1 imm: 3
	 204: AddReg dst: r4 src: r1
	 205: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 206: MovReg dst: r0 src: r4
	 207: AddImm dst: r0 imm: 8
	 208: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 209: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 210: SwapBE dst: r1 
	 211: AndImm dst: r1 imm: 65528
	 212: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 213: OrImm dst: r7 imm: 768
	 214: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 215: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 216: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 217: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 218: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 219: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 220: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 221: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 222: Ja off: -1 <l4_6>
v6_opt_15:
	 223: MovReg dst: r0 src: r4
	 224: AddImm dst: r0 imm: 8
	 225: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 226: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 227: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 228: AddImm dst: r1 imm: 1
	 229: LShImm dst: r1 imm: 3
	 230: AddReg dst: r4 src: r1
	 231: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 232: MovReg dst: r0 src: r4
	 233: AddImm dst: r0 imm: 8
	 234: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 235: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 236: SwapBE dst: r1 
	 237: AndImm dst: r1 imm: 65528
	 238: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 239: OrImm dst: r7 imm: 768
	 240: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 241: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 242: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 243: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 244: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 245: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 246: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 247: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 248: Ja off: -1 <l4_6>
v6_opt_19:
	 249: MovReg dst: r0 src: r4
	 250: AddImm dst: r0 imm: 8
	 251: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 252: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 253: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 254: AddImm dst: r1 imm: 1
	 255: LShImm dst: r1 imm: 3
	 256: AddReg dst: r4 src: r1
	 257: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 258: MovReg dst: r0 src: r4
	 259: AddImm dst: r0 imm: 8
	 260: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 261: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 262: SwapBE dst: r1 
	 263: AndImm dst: r1 imm: 65528
	 264: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 265: OrImm dst: r7 imm: 768
	 266: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 267: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 268: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 269: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 270: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 271: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 272: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 273: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 274: Ja off: -1 <l4_6>
v6_opt_23:
	 275: MovReg dst: r0 src: r4
	 276: AddImm dst: r0 imm: 8
	 277: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 278: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 279: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 280: AddImm dst: r1 imm: 1
	 281: LShImm dst: r1 imm: 3
	 282: AddReg dst: r4 src: r1
	 283: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 284: MovReg dst: r0 src: r4
	 285: AddImm dst: r0 imm: 8
	 286: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 287: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 288: SwapBE dst: r1 
	 289: AndImm dst: r1 imm: 65528
	 290: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 291: OrImm dst: r7 imm: 768
	 292: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 293: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 294: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 295: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 296: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 297: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 298: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 299: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 300: Ja off: -1 <l4_6>
v6_opt_27:
	 301: MovReg dst: r0 src: r4
	 302: AddImm dst: r0 imm: 8
	 303: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 304: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 305: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 306: AddImm dst: r1 imm: 1
	 307: LShImm dst: r1 imm: 3
	 308: AddReg dst: r4 src: r1
	 309: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 310: MovReg dst: r0 src: r4
	 311: AddImm dst: r0 imm: 8
	 312: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 313: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 314: SwapBE dst: r1 
	 315: AndImm dst: r1 imm: 65528
	 316: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 317: OrImm dst: r7 imm: 768
	 318: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 319: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 320: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 321: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 322: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 323: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 324: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 325: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 326: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 327: OrReg dst: r7 src: r5
	 328: MovImm dst: r8 imm: 0
	 329: StMemW dst: rfp src: r0 off: -184 imm: 0
	 330: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 331: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 332: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 333: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 334: Ja off: -1 <l4done_6>
tcp_6:
	 335: MovReg dst: r0 src: r4
	 336: AddImm dst: r0 imm: 20
	 337: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 338: Ja off: -1 <ports_6>
udp_6:
	 339: MovReg dst: r0 src: r4
	 340: AddImm dst: r0 imm: 8
	 341: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 342: Ja off: -1 <ports_6>
sctp_6:
	 343: MovReg dst: r0 src: r4
	 344: AddImm dst: r0 imm: 12
	 345: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 346: Ja off: -1 <ports_6>
ports_6:
	 347: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 348: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 349: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 350: SwapBE dst: r8 
	 351: Ja off: -1 <l4done_6>
l4done_6:
	 352: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 353: StMemB dst: rfp src: r0 off: -179 imm: 1
	 354: StMemH dst: rfp src: r0 off: -178 imm: 0
	 355: StMemW dst: rfp src: r0 off: -176 imm: 257
	 356: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 357: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 358: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 359: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 360: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 361: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 362: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 363: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 364: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 365: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 366: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 367: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 368: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 369: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 370: StMemB dst: rfp src: r0 off: -179 imm: 0
	 371: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 372: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 373: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 374: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 375: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 376: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 377: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 378: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 379: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 380: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 381: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 382: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 383: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 384: StMemH dst: rfp src: r0 off: -178 imm: 0
	 385: StMemB dst: rfp src: r0 off: -179 imm: 0
	 386: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 388: MovReg dst: r2 src: rfp
	 389: AddImm dst: r2 imm: -216
	 390: Call FnMapLookupElem
	 391: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 392: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 393: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 394: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 395: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 396: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 397: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 398: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 399: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 400: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 401: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 402: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 403: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 404: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 405: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 406: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 407: StMemH dst: rfp src: r0 off: -178 imm: 0
	 408: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 409: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 411: MovReg dst: r2 src: rfp
	 412: AddImm dst: r2 imm: -216
	 413: Call FnMapLookupElem
	 414: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 415: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 416: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 417: Ja off: -1 <ct_reply>
ct_miss_35:
	 418: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_skip_34:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 419: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 421: MovReg dst: r2 src: rfp
	 422: AddImm dst: r2 imm: -200
	 423: Call FnMapLookupElem
	 424: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 425: StMemW dst: rfp src: r0 off: -164 imm: 128
	 426: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 427: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 428: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 429: StXMemW dst: rfp src: r1 off: -156 imm: 0
	 430: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 431: StXMemW dst: rfp src: r1 off: -152 imm: 0
	 432: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 433: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 434: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 436: MovReg dst: r2 src: rfp
	 437: AddImm dst: r2 imm: -164
	 438: Call FnMapLookupElem
	 439: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 440: StMemW dst: rfp src: r0 off: -144 imm: 10
	 441: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 442: StMemW dst: rfp src: r0 off: -140 imm: 3
	 443: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 445: MovReg dst: r2 src: rfp
	 446: AddImm dst: r2 imm: -140
	 447: Call FnMapLookupElem
	 448: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 449: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 450: AddImm dst: r1 imm: 1
	 451: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 452: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 453: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 454: AddReg dst: r2 src: r1
	 455: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 456: MovImm dst: r0 imm: 0
	 457: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 458: StMemW dst: rfp src: r0 off: -140 imm: 4
	 459: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 461: MovReg dst: r2 src: rfp
	 462: AddImm dst: r2 imm: -140
	 463: Call FnMapLookupElem
	 464: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 465: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 466: AddImm dst: r1 imm: 1
	 467: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 468: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 469: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 470: AddReg dst: r2 src: r1
	 471: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 472: MovImm dst: r0 imm: 0
	 473: Exit
have_identity:
	 474: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 475: StXMemW dst: rfp src: r1 off: -144 imm: 0
	    ; ipcache hit: identity and the membership words the decision reads, from its value
	 476: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 477: StXMemW dst: rfp src: r1 off: -128 imm: 0
	 478: Ja off: -1 <words_ready>
membership:
	    ; selector membership of the world identity
	 479: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 481: MovReg dst: r2 src: rfp
	 482: AddImm dst: r2 imm: -144
	 483: Call FnMapLookupElem
	 484: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 485: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 486: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	 487: MovReg dst: r9 src: rfp
	 488: AddImm dst: r9 imm: -128
	 489: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 490: StMemW dst: rfp src: r0 off: -140 imm: 6
	 491: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 493: MovReg dst: r2 src: rfp
	 494: AddImm dst: r2 imm: -140
	 495: Call FnMapLookupElem
	 496: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 497: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 498: AddImm dst: r1 imm: 1
	 499: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 500: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 501: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 502: AddReg dst: r2 src: r1
	 503: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 504: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 505: MovReg dst: r1 src: r7
	 506: AndImm dst: r1 imm: 511
	 507: JEqImm dst: r1 off: -1 imm: 17 <tree_17>
	 508: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 509: Ja off: -1 <class_0>
tree_17:
	    ; protocol 17: port compare tree over 4 intervals
	 510: JGEImm dst: r8 off: -1 imm: 10000 <ge_42>
	 511: JGEImm dst: r8 off: -1 imm: 1023 <ge_43>
	 512: Ja off: -1 <class_0>
ge_43:
	 513: Ja off: -1 <class_1>
ge_42:
	 514: JGEImm dst: r8 off: -1 imm: 10001 <ge_44>
	 515: Ja off: -1 <class_2>
ge_44:
	 516: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 2 intervals
	 517: JGEImm dst: r8 off: -1 imm: 80 <ge_45>
	 518: Ja off: -1 <class_3>
ge_45:
	 519: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order [13]
	 520: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 521: JSet32Imm dst: r1 off: -1 imm: 4 <c0_entry13_46>
	 522: Ja off: -1 <default>
c0_entry13_46:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 523: MovImm dst: r8 imm: 13
	 524: Ja off: -1 <verdict_deny>
class_1:
	    ; class 1: candidates in precedence order [13 11]
	 525: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 526: JSet32Imm dst: r1 off: -1 imm: 4 <c1_entry13_47>
	 527: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry11_48>
	 528: Ja off: -1 <default>
c1_entry13_47:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 529: MovImm dst: r8 imm: 13
	 530: Ja off: -1 <verdict_deny>
c1_entry11_48:
	    ; entry 11 allow peer={} proto=17 ports=1023-9999: ns/random random.yaml:11:3
	 531: MovImm dst: r8 imm: 11
	 532: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [13 10]
	 533: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 534: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry13_49>
	 535: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry10_50>
	 536: Ja off: -1 <default>
c2_entry13_49:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 537: MovImm dst: r8 imm: 13
	 538: Ja off: -1 <verdict_deny>
c2_entry10_50:
	    ; entry 10 allow peer={reserved.host=} proto=17 ports=10000-10000: ns/random random.yaml:10:3
	 539: MovImm dst: r8 imm: 10
	 540: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [13 12]
	 541: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 542: JSet32Imm dst: r1 off: -1 imm: 4 <c3_entry13_51>
	 543: JSet32Imm dst: r1 off: -1 imm: 16 <c3_entry12_52>
	 544: Ja off: -1 <default>
c3_entry13_51:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 545: MovImm dst: r8 imm: 13
	 546: Ja off: -1 <verdict_deny>
c3_entry12_52:
	    ; entry 12 allow peer={!any.env} proto=132 ports=0-79: ns/random random.yaml:12:3
	 547: MovImm dst: r8 imm: 12
	 548: Ja off: -1 <verdict_allow>
default:
	    ; no entry matches: deny (enforced=true)
	 549: MovImm dst: r8 imm: 0
	 550: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 551: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 552: XorReg dst: r8 src: r1
	 553: XorReg dst: r8 src: r1
	 554: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 555: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 557: MovReg dst: r2 src: rfp
	 558: AddImm dst: r2 imm: -140
	 559: Call FnMapLookupElem
	 560: JEqImm dst: r0 off: -1 imm: 0 <count_done_53>
	 561: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 562: AddImm dst: r1 imm: 1
	 563: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 564: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 565: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 566: AddReg dst: r2 src: r1
	 567: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_53:
	 568: StMemW dst: rfp src: r0 off: -64 imm: 257
	 569: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 570: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 571: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 572: StMemW dst: rfp src: r0 off: -44 imm: 0
	 573: StMemW dst: rfp src: r0 off: -40 imm: 0
	 574: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 575: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_54>
	 576: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 577: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 578: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 579: OrImm dst: r1 imm: 67174400
	 580: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 581: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 582: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 583: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 584: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 585: StMemW dst: rfp src: r0 off: -32 imm: 0
	 586: StMemW dst: rfp src: r0 off: -16 imm: 0
	 587: StMemW dst: rfp src: r0 off: -28 imm: 0
	 588: StMemW dst: rfp src: r0 off: -12 imm: 0
	 589: StMemW dst: rfp src: r0 off: -24 imm: 0
	 590: StMemW dst: rfp src: r0 off: -8 imm: 0
	 591: Ja off: -1 <fam_done_55>
fam_v6_54:
	 592: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 593: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 594: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 595: OrImm dst: r1 imm: 100728832
	 596: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 597: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 598: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 599: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 600: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 601: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 602: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 603: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 604: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 605: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 606: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 607: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 608: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 609: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 610: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 611: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 612: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_55:
	 613: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 615: MovReg dst: r2 src: rfp
	 616: AddImm dst: r2 imm: -64
	 617: MovImm dst: r3 imm: 60
	 618: MovImm dst: r4 imm: 0
	 619: Call FnRingbufOutput
	 620: MovImm dst: r0 imm: 2
	 621: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 622: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 623: XorReg dst: r8 src: r1
	 624: XorReg dst: r8 src: r1
	 625: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 626: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 628: MovReg dst: r2 src: rfp
	 629: AddImm dst: r2 imm: -140
	 630: Call FnMapLookupElem
	 631: JEqImm dst: r0 off: -1 imm: 0 <count_done_56>
	 632: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 633: AddImm dst: r1 imm: 1
	 634: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 635: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 636: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 637: AddReg dst: r2 src: r1
	 638: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_56:
	 639: StMemW dst: rfp src: r0 off: -64 imm: 257
	 640: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 641: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 642: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 643: StMemW dst: rfp src: r0 off: -44 imm: 0
	 644: StMemW dst: rfp src: r0 off: -40 imm: 0
	 645: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 646: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_57>
	 647: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 648: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 649: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 650: OrImm dst: r1 imm: 67174656
	 651: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 652: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 653: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 654: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 655: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 656: StMemW dst: rfp src: r0 off: -32 imm: 0
	 657: StMemW dst: rfp src: r0 off: -16 imm: 0
	 658: StMemW dst: rfp src: r0 off: -28 imm: 0
	 659: StMemW dst: rfp src: r0 off: -12 imm: 0
	 660: StMemW dst: rfp src: r0 off: -24 imm: 0
	 661: StMemW dst: rfp src: r0 off: -8 imm: 0
	 662: Ja off: -1 <fam_done_58>
fam_v6_57:
	 663: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 664: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 665: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 666: OrImm dst: r1 imm: 100729088
	 667: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 668: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 669: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 670: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 671: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 672: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 673: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 674: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 675: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 676: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 677: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 678: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 679: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 680: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 681: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 682: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 683: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_58:
	 684: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 686: MovReg dst: r2 src: rfp
	 687: AddImm dst: r2 imm: -64
	 688: MovImm dst: r3 imm: 60
	 689: MovImm dst: r4 imm: 0
	 690: Call FnRingbufOutput
	 691: JSetImm dst: r7 off: -1 imm: 512 <fam_done_61>
	 692: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 693: StMemH dst: rfp src: r0 off: -168 imm: 0
	 694: StMemB dst: rfp src: r0 off: -166 imm: 1
	 695: StMemB dst: rfp src: r0 off: -165 imm: 1
	 696: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 697: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_60>
	 698: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 699: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 700: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 701: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 702: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 703: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 704: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 705: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 706: StMemB dst: rfp src: r0 off: -203 imm: 0
	 707: Ja off: -1 <ct_ordered_62>
ct_swap_63:
	 708: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 709: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 710: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 711: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 712: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 713: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 714: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 715: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 716: StMemH dst: rfp src: r0 off: -202 imm: 0
	 717: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_62:
	 718: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 720: MovReg dst: r2 src: rfp
	 721: AddImm dst: r2 imm: -216
	 722: MovReg dst: r3 src: rfp
	 723: AddImm dst: r3 imm: -172
	 724: MovImm dst: r4 imm: 0
	 725: Call FnMapUpdateElem
	 726: Ja off: -1 <fam_done_61>
fam_v6_60:
	 727: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 728: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 729: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_64>
	 730: JGTReg dst: r1 off: -1 src: r2 <ct_swap_65>
	 731: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 732: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 733: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_64>
	 734: JGTReg dst: r1 off: -1 src: r2 <ct_swap_65>
	 735: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 736: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 737: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_64>
	 738: JGTReg dst: r1 off: -1 src: r2 <ct_swap_65>
	 739: StMemB dst: rfp src: r0 off: -179 imm: 0
	 740: Ja off: -1 <ct_ordered_64>
ct_swap_65:
	 741: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 742: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 743: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 744: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 745: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 746: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 747: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 748: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 749: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 750: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 751: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 752: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 753: StMemH dst: rfp src: r0 off: -178 imm: 0
	 754: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_ordered_64:
	 755: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 757: MovReg dst: r2 src: rfp
	 758: AddImm dst: r2 imm: -216
	 759: MovReg dst: r3 src: rfp
	 760: AddImm dst: r3 imm: -172
	 761: MovImm dst: r4 imm: 0
	 762: Call FnMapUpdateElem
fam_done_61:
	 763: MovImm dst: r0 imm: 0
	 764: Exit
malformed:
	    ; truncated or malformed header: drop
	 765: StMemW dst: rfp src: r0 off: -140 imm: 2
	 766: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 768: MovReg dst: r2 src: rfp
	 769: AddImm dst: r2 imm: -140
	 770: Call FnMapLookupElem
	 771: JEqImm dst: r0 off: -1 imm: 0 <count_done_66>
	 772: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 773: AddImm dst: r1 imm: 1
	 774: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 775: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 776: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 777: AddReg dst: r2 src: r1
	 778: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_66:
	 779: MovImm dst: r0 imm: 2
	 780: Exit

== subject-258 policy_ingress (section tcx/egress, enforced=false, 589 instructions)
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
	  75: StMemW dst: rfp src: r0 off: -200 imm: 258
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
ipv6:
	    ; IPv6 header
	 129: MovReg dst: r0 src: r4
	 130: AddImm dst: r0 imm: 40
	 131: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 132: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 133: AndImm dst: r1 imm: 240
	 134: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 135: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 136: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 137: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 138: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 139: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 140: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 141: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 142: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 143: MovImm dst: r7 imm: 0
	 144: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 145: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 146: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 147: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 148: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 149: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 150: Ja off: -1 <l4_6>
v6_opt_7:
	 151: MovReg dst: r0 src: r4
	 152: AddImm dst: r0 imm: 8
	 153: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 154: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 155: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 156: AddImm dst: r1 imm: 1
	 157: LShImm dst: r1 imm: 3
	 158: AddReg dst: r4 src: r1
	 159: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 160: MovReg dst: r0 src: r4
	 161: AddImm dst: r0 imm: 8
	 162: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 163: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 164: SwapBE dst: r1 
	 165: AndImm dst: r1 imm: 65528
	 166: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 167: OrImm dst: r7 imm: 768
	 168: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 169: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 170: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 171: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 172: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 173: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 174: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 175: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 176: Ja off: -1 <l4_6>
v6_opt_11:
	 177: MovReg dst: r0 src: r4
	 178: AddImm dst: r0 imm: 8
	 179: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 180: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 181: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 182: AddImm dst: r1 imm: 1
	 183: LShImm dst: r1 imm: 3
	 184: AddReg dst: r4 src: r1
	 185: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 186: MovReg dst: r0 src: r4
	 187: AddImm dst: r0 imm: 8
	 188: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 189: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 190: SwapBE dst: r1 
	 191: AndImm dst: r1 imm: 65528
	 192: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 193: OrImm dst: r7 imm: 768
	 194: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 195: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 196: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 197: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 198: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 199: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 200: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 201: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 202: Ja off: -1 <l4_6>
v6_opt_15:
	 203: MovReg dst: r0 src: r4
	 204: AddImm dst: r0 imm: 8
	 205: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 206: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 207: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 208: AddImm dst: r1 imm: 1
	 209: LShImm dst: r1 imm: 3
	 210: AddReg dst: r4 src: r1
	 211: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 212: MovReg dst: r0 src: r4
	 213: AddImm dst: r0 imm: 8
	 214: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 215: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 216: SwapBE dst: r1 
	 217: AndImm dst: r1 imm: 65528
	 218: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 219: OrImm dst: r7 imm: 768
	 220: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 221: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 222: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 223: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 224: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 225: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 226: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 227: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 228: Ja off: -1 <l4_6>
v6_opt_19:
	 229: MovReg dst: r0 src: r4
	 230: AddImm dst: r0 imm: 8
	 231: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 232: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 233: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 234: AddImm dst: r1 imm: 1
	 235: LShImm dst: r1 imm: 3
	 236: AddReg dst: r4 src: r1
	 237: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 238: MovReg dst: r0 src: r4
	 239: AddImm dst: r0 imm: 8
	 240: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 241: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 242: SwapBE dst: r1 
	 243: AndImm dst: r1 imm: 65528
	 244: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 245: OrImm dst: r7 imm: 768
	 246: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 247: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 248: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 249: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 250: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 251: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 252: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 253: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 254: Ja off: -1 <l4_6>
v6_opt_23:
	 255: MovReg dst: r0 src: r4
	 256: AddImm dst: r0 imm: 8
	 257: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 258: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 259: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 260: AddImm dst: r1 imm: 1
	 261: LShImm dst: r1 imm: 3
	 262: AddReg dst: r4 src: r1
	 263: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 264: MovReg dst: r0 src: r4
	 265: AddImm dst: r0 imm: 8
	 266: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 267: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 268: SwapBE dst: r1 
	 269: AndImm dst: r1 imm: 65528
	 270: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 271: OrImm dst: r7 imm: 768
	 272: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 273: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 274: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 275: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 276: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 277: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 278: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 279: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 280: Ja off: -1 <l4_6>
v6_opt_27:
	 281: MovReg dst: r0 src: r4
	 282: AddImm dst: r0 imm: 8
	 283: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 284: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 285: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 286: AddImm dst: r1 imm: 1
	 287: LShImm dst: r1 imm: 3
	 288: AddReg dst: r4 src: r1
	 289: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 290: MovReg dst: r0 src: r4
	 291: AddImm dst: r0 imm: 8
	 292: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 293: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 294: SwapBE dst: r1 
	 295: AndImm dst: r1 imm: 65528
	 296: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 297: OrImm dst: r7 imm: 768
	 298: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 299: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 300: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 301: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 302: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 303: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 304: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 305: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 306: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 307: OrReg dst: r7 src: r5
	 308: MovImm dst: r8 imm: 0
	 309: StMemW dst: rfp src: r0 off: -184 imm: 0
	 310: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 311: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 312: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 313: Ja off: -1 <l4done_6>
tcp_6:
	 314: MovReg dst: r0 src: r4
	 315: AddImm dst: r0 imm: 20
	 316: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 317: Ja off: -1 <ports_6>
udp_6:
	 318: MovReg dst: r0 src: r4
	 319: AddImm dst: r0 imm: 8
	 320: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 321: Ja off: -1 <ports_6>
ports_6:
	 322: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 323: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 324: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 325: SwapBE dst: r8 
	 326: Ja off: -1 <l4done_6>
l4done_6:
	 327: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 328: StMemB dst: rfp src: r0 off: -179 imm: 0
	 329: StMemH dst: rfp src: r0 off: -178 imm: 0
	 330: StMemW dst: rfp src: r0 off: -176 imm: 258
	 331: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 332: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 333: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 334: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 335: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 336: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 337: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 338: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 339: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 340: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 341: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 342: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 343: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 344: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 345: StMemB dst: rfp src: r0 off: -179 imm: 0
	 346: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 347: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 348: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 349: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 350: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 351: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 352: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 353: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 354: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 355: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 356: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 357: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 358: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 359: StMemH dst: rfp src: r0 off: -178 imm: 0
	 360: StMemB dst: rfp src: r0 off: -179 imm: 1
	 361: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 363: MovReg dst: r2 src: rfp
	 364: AddImm dst: r2 imm: -216
	 365: Call FnMapLookupElem
	 366: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 367: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 368: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 369: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 370: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 371: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 372: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 373: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 374: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 375: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 376: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 377: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 378: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 379: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 380: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 381: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 382: StMemH dst: rfp src: r0 off: -178 imm: 0
	 383: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 384: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 386: MovReg dst: r2 src: rfp
	 387: AddImm dst: r2 imm: -216
	 388: Call FnMapLookupElem
	 389: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 390: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 391: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 392: Ja off: -1 <ct_reply>
ct_miss_35:
	 393: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_skip_34:
	 394: StMemW dst: rfp src: r0 off: -144 imm: 0
	 395: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 396: StMemW dst: rfp src: r0 off: -140 imm: 3
	 397: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 399: MovReg dst: r2 src: rfp
	 400: AddImm dst: r2 imm: -140
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
	 412: StMemW dst: rfp src: r0 off: -140 imm: 4
	 413: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 415: MovReg dst: r2 src: rfp
	 416: AddImm dst: r2 imm: -140
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
	 433: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 434: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 436: MovReg dst: r2 src: rfp
	 437: AddImm dst: r2 imm: -140
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
	 447: StMemW dst: rfp src: r0 off: -60 imm: 258
	 448: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 449: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 450: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 451: StMemW dst: rfp src: r0 off: -44 imm: 0
	 452: StMemW dst: rfp src: r0 off: -40 imm: 0
	 453: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 454: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 455: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 456: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 457: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 458: OrImm dst: r1 imm: 67109120
	 459: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 460: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 461: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 462: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 463: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 464: StMemW dst: rfp src: r0 off: -32 imm: 0
	 465: StMemW dst: rfp src: r0 off: -16 imm: 0
	 466: StMemW dst: rfp src: r0 off: -28 imm: 0
	 467: StMemW dst: rfp src: r0 off: -12 imm: 0
	 468: StMemW dst: rfp src: r0 off: -24 imm: 0
	 469: StMemW dst: rfp src: r0 off: -8 imm: 0
	 470: Ja off: -1 <fam_done_43>
fam_v6_42:
	 471: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 472: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 473: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 474: OrImm dst: r1 imm: 100663552
	 475: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 476: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 477: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 478: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 479: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 480: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 481: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 482: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 483: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 484: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 485: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 486: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 487: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 488: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 489: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 490: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 491: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 492: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 494: MovReg dst: r2 src: rfp
	 495: AddImm dst: r2 imm: -64
	 496: MovImm dst: r3 imm: 60
	 497: MovImm dst: r4 imm: 0
	 498: Call FnRingbufOutput
	 499: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 500: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 501: StMemH dst: rfp src: r0 off: -168 imm: 0
	 502: StMemB dst: rfp src: r0 off: -166 imm: 1
	 503: StMemB dst: rfp src: r0 off: -165 imm: 0
	 504: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 505: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 506: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 507: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 508: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 509: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 510: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 511: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 512: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 513: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 514: StMemB dst: rfp src: r0 off: -203 imm: 0
	 515: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 516: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 517: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 518: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 519: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 520: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 521: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 522: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 523: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 524: StMemH dst: rfp src: r0 off: -202 imm: 0
	 525: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_47:
	 526: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 528: MovReg dst: r2 src: rfp
	 529: AddImm dst: r2 imm: -216
	 530: MovReg dst: r3 src: rfp
	 531: AddImm dst: r3 imm: -172
	 532: MovImm dst: r4 imm: 0
	 533: Call FnMapUpdateElem
	 534: Ja off: -1 <fam_done_46>
fam_v6_45:
	 535: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 536: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 537: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 538: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 539: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 540: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 541: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 542: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 543: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 544: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 545: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 546: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 547: StMemB dst: rfp src: r0 off: -179 imm: 0
	 548: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 549: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 550: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 551: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 552: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 553: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 554: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 555: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 556: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 557: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 558: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 559: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 560: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 561: StMemH dst: rfp src: r0 off: -178 imm: 0
	 562: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_49:
	 563: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 565: MovReg dst: r2 src: rfp
	 566: AddImm dst: r2 imm: -216
	 567: MovReg dst: r3 src: rfp
	 568: AddImm dst: r3 imm: -172
	 569: MovImm dst: r4 imm: 0
	 570: Call FnMapUpdateElem
fam_done_46:
	 571: MovImm dst: r0 imm: 0
	 572: Exit
malformed:
	    ; truncated or malformed header: drop
	 573: StMemW dst: rfp src: r0 off: -140 imm: 2
	 574: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 576: MovReg dst: r2 src: rfp
	 577: AddImm dst: r2 imm: -140
	 578: Call FnMapLookupElem
	 579: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 580: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 581: AddImm dst: r1 imm: 1
	 582: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 583: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 584: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 585: AddReg dst: r2 src: r1
	 586: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 587: MovImm dst: r0 imm: 2
	 588: Exit

== subject-258 policy_egress (section tcx/ingress, enforced=false, 589 instructions)
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
	  75: StMemW dst: rfp src: r0 off: -200 imm: 258
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
ipv6:
	    ; IPv6 header
	 129: MovReg dst: r0 src: r4
	 130: AddImm dst: r0 imm: 40
	 131: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 132: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 133: AndImm dst: r1 imm: 240
	 134: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 135: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 136: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 137: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 138: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 139: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 140: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 141: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 142: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 143: MovImm dst: r7 imm: 0
	 144: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 145: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 146: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 147: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 148: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 149: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 150: Ja off: -1 <l4_6>
v6_opt_7:
	 151: MovReg dst: r0 src: r4
	 152: AddImm dst: r0 imm: 8
	 153: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 154: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 155: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 156: AddImm dst: r1 imm: 1
	 157: LShImm dst: r1 imm: 3
	 158: AddReg dst: r4 src: r1
	 159: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 160: MovReg dst: r0 src: r4
	 161: AddImm dst: r0 imm: 8
	 162: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 163: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 164: SwapBE dst: r1 
	 165: AndImm dst: r1 imm: 65528
	 166: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 167: OrImm dst: r7 imm: 768
	 168: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 169: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 170: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 171: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 172: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 173: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 174: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 175: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 176: Ja off: -1 <l4_6>
v6_opt_11:
	 177: MovReg dst: r0 src: r4
	 178: AddImm dst: r0 imm: 8
	 179: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 180: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 181: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 182: AddImm dst: r1 imm: 1
	 183: LShImm dst: r1 imm: 3
	 184: AddReg dst: r4 src: r1
	 185: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 186: MovReg dst: r0 src: r4
	 187: AddImm dst: r0 imm: 8
	 188: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 189: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 190: SwapBE dst: r1 
	 191: AndImm dst: r1 imm: 65528
	 192: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 193: OrImm dst: r7 imm: 768
	 194: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 195: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 196: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 197: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 198: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 199: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 200: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 201: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 202: Ja off: -1 <l4_6>
v6_opt_15:
	 203: MovReg dst: r0 src: r4
	 204: AddImm dst: r0 imm: 8
	 205: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 206: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 207: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 208: AddImm dst: r1 imm: 1
	 209: LShImm dst: r1 imm: 3
	 210: AddReg dst: r4 src: r1
	 211: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 212: MovReg dst: r0 src: r4
	 213: AddImm dst: r0 imm: 8
	 214: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 215: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 216: SwapBE dst: r1 
	 217: AndImm dst: r1 imm: 65528
	 218: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 219: OrImm dst: r7 imm: 768
	 220: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 221: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 222: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 223: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 224: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 225: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 226: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 227: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 228: Ja off: -1 <l4_6>
v6_opt_19:
	 229: MovReg dst: r0 src: r4
	 230: AddImm dst: r0 imm: 8
	 231: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 232: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 233: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 234: AddImm dst: r1 imm: 1
	 235: LShImm dst: r1 imm: 3
	 236: AddReg dst: r4 src: r1
	 237: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 238: MovReg dst: r0 src: r4
	 239: AddImm dst: r0 imm: 8
	 240: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 241: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 242: SwapBE dst: r1 
	 243: AndImm dst: r1 imm: 65528
	 244: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 245: OrImm dst: r7 imm: 768
	 246: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 247: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 248: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 249: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 250: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 251: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 252: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 253: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 254: Ja off: -1 <l4_6>
v6_opt_23:
	 255: MovReg dst: r0 src: r4
	 256: AddImm dst: r0 imm: 8
	 257: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 258: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 259: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 260: AddImm dst: r1 imm: 1
	 261: LShImm dst: r1 imm: 3
	 262: AddReg dst: r4 src: r1
	 263: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 264: MovReg dst: r0 src: r4
	 265: AddImm dst: r0 imm: 8
	 266: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 267: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 268: SwapBE dst: r1 
	 269: AndImm dst: r1 imm: 65528
	 270: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 271: OrImm dst: r7 imm: 768
	 272: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 273: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 274: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 275: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 276: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 277: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 278: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 279: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 280: Ja off: -1 <l4_6>
v6_opt_27:
	 281: MovReg dst: r0 src: r4
	 282: AddImm dst: r0 imm: 8
	 283: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 284: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 285: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 286: AddImm dst: r1 imm: 1
	 287: LShImm dst: r1 imm: 3
	 288: AddReg dst: r4 src: r1
	 289: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 290: MovReg dst: r0 src: r4
	 291: AddImm dst: r0 imm: 8
	 292: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 293: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 294: SwapBE dst: r1 
	 295: AndImm dst: r1 imm: 65528
	 296: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 297: OrImm dst: r7 imm: 768
	 298: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 299: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 300: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 301: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 302: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 303: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 304: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 305: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 306: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 307: OrReg dst: r7 src: r5
	 308: MovImm dst: r8 imm: 0
	 309: StMemW dst: rfp src: r0 off: -184 imm: 0
	 310: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 311: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 312: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 313: Ja off: -1 <l4done_6>
tcp_6:
	 314: MovReg dst: r0 src: r4
	 315: AddImm dst: r0 imm: 20
	 316: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 317: Ja off: -1 <ports_6>
udp_6:
	 318: MovReg dst: r0 src: r4
	 319: AddImm dst: r0 imm: 8
	 320: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 321: Ja off: -1 <ports_6>
ports_6:
	 322: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 323: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 324: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 325: SwapBE dst: r8 
	 326: Ja off: -1 <l4done_6>
l4done_6:
	 327: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 328: StMemB dst: rfp src: r0 off: -179 imm: 1
	 329: StMemH dst: rfp src: r0 off: -178 imm: 0
	 330: StMemW dst: rfp src: r0 off: -176 imm: 258
	 331: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 332: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 333: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 334: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 335: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 336: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 337: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 338: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 339: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 340: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 341: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 342: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 343: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 344: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 345: StMemB dst: rfp src: r0 off: -179 imm: 0
	 346: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 347: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 348: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 349: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 350: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 351: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 352: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 353: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 354: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 355: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 356: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 357: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 358: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 359: StMemH dst: rfp src: r0 off: -178 imm: 0
	 360: StMemB dst: rfp src: r0 off: -179 imm: 0
	 361: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 363: MovReg dst: r2 src: rfp
	 364: AddImm dst: r2 imm: -216
	 365: Call FnMapLookupElem
	 366: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 367: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 368: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 369: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 370: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 371: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 372: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 373: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 374: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 375: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 376: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 377: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 378: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 379: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 380: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 381: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 382: StMemH dst: rfp src: r0 off: -178 imm: 0
	 383: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 384: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 386: MovReg dst: r2 src: rfp
	 387: AddImm dst: r2 imm: -216
	 388: Call FnMapLookupElem
	 389: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 390: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 391: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 392: Ja off: -1 <ct_reply>
ct_miss_35:
	 393: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_skip_34:
	 394: StMemW dst: rfp src: r0 off: -144 imm: 0
	 395: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 396: StMemW dst: rfp src: r0 off: -140 imm: 3
	 397: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 399: MovReg dst: r2 src: rfp
	 400: AddImm dst: r2 imm: -140
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
	 412: StMemW dst: rfp src: r0 off: -140 imm: 4
	 413: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 415: MovReg dst: r2 src: rfp
	 416: AddImm dst: r2 imm: -140
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
	 433: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 434: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 436: MovReg dst: r2 src: rfp
	 437: AddImm dst: r2 imm: -140
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
	 447: StMemW dst: rfp src: r0 off: -64 imm: 258
	 448: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 449: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 450: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 451: StMemW dst: rfp src: r0 off: -44 imm: 0
	 452: StMemW dst: rfp src: r0 off: -40 imm: 0
	 453: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 454: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 455: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 456: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 457: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 458: OrImm dst: r1 imm: 67174656
	 459: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 460: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 461: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 462: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 463: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 464: StMemW dst: rfp src: r0 off: -32 imm: 0
	 465: StMemW dst: rfp src: r0 off: -16 imm: 0
	 466: StMemW dst: rfp src: r0 off: -28 imm: 0
	 467: StMemW dst: rfp src: r0 off: -12 imm: 0
	 468: StMemW dst: rfp src: r0 off: -24 imm: 0
	 469: StMemW dst: rfp src: r0 off: -8 imm: 0
	 470: Ja off: -1 <fam_done_43>
fam_v6_42:
	 471: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 472: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 473: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 474: OrImm dst: r1 imm: 100729088
	 475: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 476: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 477: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 478: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 479: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 480: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 481: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 482: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 483: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 484: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 485: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 486: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 487: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 488: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 489: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 490: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 491: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 492: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 494: MovReg dst: r2 src: rfp
	 495: AddImm dst: r2 imm: -64
	 496: MovImm dst: r3 imm: 60
	 497: MovImm dst: r4 imm: 0
	 498: Call FnRingbufOutput
	 499: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 500: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 501: StMemH dst: rfp src: r0 off: -168 imm: 0
	 502: StMemB dst: rfp src: r0 off: -166 imm: 1
	 503: StMemB dst: rfp src: r0 off: -165 imm: 1
	 504: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 505: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 506: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 507: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 508: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 509: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 510: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 511: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 512: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 513: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 514: StMemB dst: rfp src: r0 off: -203 imm: 0
	 515: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 516: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 517: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 518: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 519: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 520: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 521: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 522: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 523: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 524: StMemH dst: rfp src: r0 off: -202 imm: 0
	 525: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_47:
	 526: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 528: MovReg dst: r2 src: rfp
	 529: AddImm dst: r2 imm: -216
	 530: MovReg dst: r3 src: rfp
	 531: AddImm dst: r3 imm: -172
	 532: MovImm dst: r4 imm: 0
	 533: Call FnMapUpdateElem
	 534: Ja off: -1 <fam_done_46>
fam_v6_45:
	 535: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 536: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 537: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 538: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 539: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 540: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 541: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 542: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 543: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 544: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 545: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 546: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 547: StMemB dst: rfp src: r0 off: -179 imm: 0
	 548: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 549: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 550: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 551: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 552: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 553: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 554: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 555: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 556: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 557: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 558: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 559: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 560: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 561: StMemH dst: rfp src: r0 off: -178 imm: 0
	 562: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_ordered_49:
	 563: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 565: MovReg dst: r2 src: rfp
	 566: AddImm dst: r2 imm: -216
	 567: MovReg dst: r3 src: rfp
	 568: AddImm dst: r3 imm: -172
	 569: MovImm dst: r4 imm: 0
	 570: Call FnMapUpdateElem
fam_done_46:
	 571: MovImm dst: r0 imm: 0
	 572: Exit
malformed:
	    ; truncated or malformed header: drop
	 573: StMemW dst: rfp src: r0 off: -140 imm: 2
	 574: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 576: MovReg dst: r2 src: rfp
	 577: AddImm dst: r2 imm: -140
	 578: Call FnMapLookupElem
	 579: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 580: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 581: AddImm dst: r1 imm: 1
	 582: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 583: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 584: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 585: AddReg dst: r2 src: r1
	 586: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 587: MovImm dst: r0 imm: 2
	 588: Exit

== subject-259 policy_ingress (section tcx/egress, enforced=false, 589 instructions)
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
	  75: StMemW dst: rfp src: r0 off: -200 imm: 259
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
ipv6:
	    ; IPv6 header
	 129: MovReg dst: r0 src: r4
	 130: AddImm dst: r0 imm: 40
	 131: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 132: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 133: AndImm dst: r1 imm: 240
	 134: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 135: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 136: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 137: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 138: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 139: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 140: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 141: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 142: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 143: MovImm dst: r7 imm: 0
	 144: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 145: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 146: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 147: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 148: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 149: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 150: Ja off: -1 <l4_6>
v6_opt_7:
	 151: MovReg dst: r0 src: r4
	 152: AddImm dst: r0 imm: 8
	 153: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 154: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 155: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 156: AddImm dst: r1 imm: 1
	 157: LShImm dst: r1 imm: 3
	 158: AddReg dst: r4 src: r1
	 159: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 160: MovReg dst: r0 src: r4
	 161: AddImm dst: r0 imm: 8
	 162: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 163: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 164: SwapBE dst: r1 
	 165: AndImm dst: r1 imm: 65528
	 166: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 167: OrImm dst: r7 imm: 768
	 168: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 169: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 170: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 171: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 172: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 173: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 174: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 175: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 176: Ja off: -1 <l4_6>
v6_opt_11:
	 177: MovReg dst: r0 src: r4
	 178: AddImm dst: r0 imm: 8
	 179: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 180: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 181: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 182: AddImm dst: r1 imm: 1
	 183: LShImm dst: r1 imm: 3
	 184: AddReg dst: r4 src: r1
	 185: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 186: MovReg dst: r0 src: r4
	 187: AddImm dst: r0 imm: 8
	 188: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 189: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 190: SwapBE dst: r1 
	 191: AndImm dst: r1 imm: 65528
	 192: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 193: OrImm dst: r7 imm: 768
	 194: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 195: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 196: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 197: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 198: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 199: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 200: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 201: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 202: Ja off: -1 <l4_6>
v6_opt_15:
	 203: MovReg dst: r0 src: r4
	 204: AddImm dst: r0 imm: 8
	 205: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 206: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 207: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 208: AddImm dst: r1 imm: 1
	 209: LShImm dst: r1 imm: 3
	 210: AddReg dst: r4 src: r1
	 211: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 212: MovReg dst: r0 src: r4
	 213: AddImm dst: r0 imm: 8
	 214: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 215: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 216: SwapBE dst: r1 
	 217: AndImm dst: r1 imm: 65528
	 218: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 219: OrImm dst: r7 imm: 768
	 220: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 221: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 222: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 223: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 224: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 225: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 226: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 227: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 228: Ja off: -1 <l4_6>
v6_opt_19:
	 229: MovReg dst: r0 src: r4
	 230: AddImm dst: r0 imm: 8
	 231: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 232: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 233: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 234: AddImm dst: r1 imm: 1
	 235: LShImm dst: r1 imm: 3
	 236: AddReg dst: r4 src: r1
	 237: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 238: MovReg dst: r0 src: r4
	 239: AddImm dst: r0 imm: 8
	 240: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 241: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 242: SwapBE dst: r1 
	 243: AndImm dst: r1 imm: 65528
	 244: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 245: OrImm dst: r7 imm: 768
	 246: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 247: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 248: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 249: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 250: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 251: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 252: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 253: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 254: Ja off: -1 <l4_6>
v6_opt_23:
	 255: MovReg dst: r0 src: r4
	 256: AddImm dst: r0 imm: 8
	 257: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 258: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 259: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 260: AddImm dst: r1 imm: 1
	 261: LShImm dst: r1 imm: 3
	 262: AddReg dst: r4 src: r1
	 263: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 264: MovReg dst: r0 src: r4
	 265: AddImm dst: r0 imm: 8
	 266: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 267: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 268: SwapBE dst: r1 
	 269: AndImm dst: r1 imm: 65528
	 270: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 271: OrImm dst: r7 imm: 768
	 272: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 273: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 274: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 275: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 276: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 277: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 278: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 279: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 280: Ja off: -1 <l4_6>
v6_opt_27:
	 281: MovReg dst: r0 src: r4
	 282: AddImm dst: r0 imm: 8
	 283: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 284: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 285: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 286: AddImm dst: r1 imm: 1
	 287: LShImm dst: r1 imm: 3
	 288: AddReg dst: r4 src: r1
	 289: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 290: MovReg dst: r0 src: r4
	 291: AddImm dst: r0 imm: 8
	 292: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 293: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 294: SwapBE dst: r1 
	 295: AndImm dst: r1 imm: 65528
	 296: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 297: OrImm dst: r7 imm: 768
	 298: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 299: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 300: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 301: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 302: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 303: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 304: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 305: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 306: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 307: OrReg dst: r7 src: r5
	 308: MovImm dst: r8 imm: 0
	 309: StMemW dst: rfp src: r0 off: -184 imm: 0
	 310: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 311: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 312: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 313: Ja off: -1 <l4done_6>
tcp_6:
	 314: MovReg dst: r0 src: r4
	 315: AddImm dst: r0 imm: 20
	 316: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 317: Ja off: -1 <ports_6>
udp_6:
	 318: MovReg dst: r0 src: r4
	 319: AddImm dst: r0 imm: 8
	 320: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 321: Ja off: -1 <ports_6>
ports_6:
	 322: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 323: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 324: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 325: SwapBE dst: r8 
	 326: Ja off: -1 <l4done_6>
l4done_6:
	 327: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 328: StMemB dst: rfp src: r0 off: -179 imm: 0
	 329: StMemH dst: rfp src: r0 off: -178 imm: 0
	 330: StMemW dst: rfp src: r0 off: -176 imm: 259
	 331: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 332: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 333: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 334: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 335: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 336: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 337: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 338: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 339: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 340: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 341: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 342: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 343: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 344: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 345: StMemB dst: rfp src: r0 off: -179 imm: 0
	 346: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 347: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 348: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 349: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 350: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 351: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 352: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 353: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 354: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 355: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 356: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 357: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 358: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 359: StMemH dst: rfp src: r0 off: -178 imm: 0
	 360: StMemB dst: rfp src: r0 off: -179 imm: 1
	 361: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 363: MovReg dst: r2 src: rfp
	 364: AddImm dst: r2 imm: -216
	 365: Call FnMapLookupElem
	 366: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 367: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 368: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 369: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 370: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 371: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 372: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 373: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 374: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 375: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 376: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 377: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 378: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 379: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 380: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 381: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 382: StMemH dst: rfp src: r0 off: -178 imm: 0
	 383: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 384: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 386: MovReg dst: r2 src: rfp
	 387: AddImm dst: r2 imm: -216
	 388: Call FnMapLookupElem
	 389: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 390: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 391: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 392: Ja off: -1 <ct_reply>
ct_miss_35:
	 393: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_skip_34:
	 394: StMemW dst: rfp src: r0 off: -144 imm: 0
	 395: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 396: StMemW dst: rfp src: r0 off: -140 imm: 3
	 397: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 399: MovReg dst: r2 src: rfp
	 400: AddImm dst: r2 imm: -140
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
	 412: StMemW dst: rfp src: r0 off: -140 imm: 4
	 413: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 415: MovReg dst: r2 src: rfp
	 416: AddImm dst: r2 imm: -140
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
	 433: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 434: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 436: MovReg dst: r2 src: rfp
	 437: AddImm dst: r2 imm: -140
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
	 447: StMemW dst: rfp src: r0 off: -60 imm: 259
	 448: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 449: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 450: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 451: StMemW dst: rfp src: r0 off: -44 imm: 0
	 452: StMemW dst: rfp src: r0 off: -40 imm: 0
	 453: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 454: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 455: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 456: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 457: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 458: OrImm dst: r1 imm: 67109120
	 459: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 460: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 461: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 462: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 463: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 464: StMemW dst: rfp src: r0 off: -32 imm: 0
	 465: StMemW dst: rfp src: r0 off: -16 imm: 0
	 466: StMemW dst: rfp src: r0 off: -28 imm: 0
	 467: StMemW dst: rfp src: r0 off: -12 imm: 0
	 468: StMemW dst: rfp src: r0 off: -24 imm: 0
	 469: StMemW dst: rfp src: r0 off: -8 imm: 0
	 470: Ja off: -1 <fam_done_43>
fam_v6_42:
	 471: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 472: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 473: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 474: OrImm dst: r1 imm: 100663552
	 475: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 476: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 477: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 478: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 479: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 480: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 481: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 482: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 483: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 484: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 485: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 486: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 487: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 488: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 489: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 490: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 491: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 492: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 494: MovReg dst: r2 src: rfp
	 495: AddImm dst: r2 imm: -64
	 496: MovImm dst: r3 imm: 60
	 497: MovImm dst: r4 imm: 0
	 498: Call FnRingbufOutput
	 499: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 500: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 501: StMemH dst: rfp src: r0 off: -168 imm: 0
	 502: StMemB dst: rfp src: r0 off: -166 imm: 1
	 503: StMemB dst: rfp src: r0 off: -165 imm: 0
	 504: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 505: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 506: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 507: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 508: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 509: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 510: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 511: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 512: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 513: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 514: StMemB dst: rfp src: r0 off: -203 imm: 0
	 515: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 516: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 517: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 518: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 519: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 520: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 521: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 522: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 523: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 524: StMemH dst: rfp src: r0 off: -202 imm: 0
	 525: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_47:
	 526: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 528: MovReg dst: r2 src: rfp
	 529: AddImm dst: r2 imm: -216
	 530: MovReg dst: r3 src: rfp
	 531: AddImm dst: r3 imm: -172
	 532: MovImm dst: r4 imm: 0
	 533: Call FnMapUpdateElem
	 534: Ja off: -1 <fam_done_46>
fam_v6_45:
	 535: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 536: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 537: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 538: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 539: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 540: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 541: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 542: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 543: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 544: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 545: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 546: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 547: StMemB dst: rfp src: r0 off: -179 imm: 0
	 548: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 549: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 550: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 551: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 552: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 553: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 554: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 555: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 556: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 557: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 558: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 559: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 560: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 561: StMemH dst: rfp src: r0 off: -178 imm: 0
	 562: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_49:
	 563: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 565: MovReg dst: r2 src: rfp
	 566: AddImm dst: r2 imm: -216
	 567: MovReg dst: r3 src: rfp
	 568: AddImm dst: r3 imm: -172
	 569: MovImm dst: r4 imm: 0
	 570: Call FnMapUpdateElem
fam_done_46:
	 571: MovImm dst: r0 imm: 0
	 572: Exit
malformed:
	    ; truncated or malformed header: drop
	 573: StMemW dst: rfp src: r0 off: -140 imm: 2
	 574: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 576: MovReg dst: r2 src: rfp
	 577: AddImm dst: r2 imm: -140
	 578: Call FnMapLookupElem
	 579: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 580: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 581: AddImm dst: r1 imm: 1
	 582: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 583: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 584: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 585: AddReg dst: r2 src: r1
	 586: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 587: MovImm dst: r0 imm: 2
	 588: Exit

== subject-259 policy_egress (section tcx/ingress, enforced=false, 589 instructions)
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
	  75: StMemW dst: rfp src: r0 off: -200 imm: 259
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
ipv6:
	    ; IPv6 header
	 129: MovReg dst: r0 src: r4
	 130: AddImm dst: r0 imm: 40
	 131: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 132: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 133: AndImm dst: r1 imm: 240
	 134: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 135: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 136: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 137: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 138: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 139: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 140: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 141: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 142: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 143: MovImm dst: r7 imm: 0
	 144: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 145: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 146: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 147: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 148: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 149: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 150: Ja off: -1 <l4_6>
v6_opt_7:
	 151: MovReg dst: r0 src: r4
	 152: AddImm dst: r0 imm: 8
	 153: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 154: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 155: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 156: AddImm dst: r1 imm: 1
	 157: LShImm dst: r1 imm: 3
	 158: AddReg dst: r4 src: r1
	 159: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 160: MovReg dst: r0 src: r4
	 161: AddImm dst: r0 imm: 8
	 162: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 163: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 164: SwapBE dst: r1 
	 165: AndImm dst: r1 imm: 65528
	 166: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 167: OrImm dst: r7 imm: 768
	 168: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 169: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 170: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 171: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 172: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 173: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 174: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 175: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 176: Ja off: -1 <l4_6>
v6_opt_11:
	 177: MovReg dst: r0 src: r4
	 178: AddImm dst: r0 imm: 8
	 179: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 180: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 181: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 182: AddImm dst: r1 imm: 1
	 183: LShImm dst: r1 imm: 3
	 184: AddReg dst: r4 src: r1
	 185: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 186: MovReg dst: r0 src: r4
	 187: AddImm dst: r0 imm: 8
	 188: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 189: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 190: SwapBE dst: r1 
	 191: AndImm dst: r1 imm: 65528
	 192: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 193: OrImm dst: r7 imm: 768
	 194: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 195: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 196: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 197: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 198: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 199: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 200: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 201: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 202: Ja off: -1 <l4_6>
v6_opt_15:
	 203: MovReg dst: r0 src: r4
	 204: AddImm dst: r0 imm: 8
	 205: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 206: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 207: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 208: AddImm dst: r1 imm: 1
	 209: LShImm dst: r1 imm: 3
	 210: AddReg dst: r4 src: r1
	 211: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 212: MovReg dst: r0 src: r4
	 213: AddImm dst: r0 imm: 8
	 214: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 215: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 216: SwapBE dst: r1 
	 217: AndImm dst: r1 imm: 65528
	 218: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 219: OrImm dst: r7 imm: 768
	 220: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 221: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 222: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 223: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 224: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 225: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 226: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 227: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 228: Ja off: -1 <l4_6>
v6_opt_19:
	 229: MovReg dst: r0 src: r4
	 230: AddImm dst: r0 imm: 8
	 231: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 232: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 233: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 234: AddImm dst: r1 imm: 1
	 235: LShImm dst: r1 imm: 3
	 236: AddReg dst: r4 src: r1
	 237: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 238: MovReg dst: r0 src: r4
	 239: AddImm dst: r0 imm: 8
	 240: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 241: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 242: SwapBE dst: r1 
	 243: AndImm dst: r1 imm: 65528
	 244: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 245: OrImm dst: r7 imm: 768
	 246: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 247: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 248: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 249: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 250: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 251: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 252: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 253: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 254: Ja off: -1 <l4_6>
v6_opt_23:
	 255: MovReg dst: r0 src: r4
	 256: AddImm dst: r0 imm: 8
	 257: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 258: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 259: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 260: AddImm dst: r1 imm: 1
	 261: LShImm dst: r1 imm: 3
	 262: AddReg dst: r4 src: r1
	 263: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 264: MovReg dst: r0 src: r4
	 265: AddImm dst: r0 imm: 8
	 266: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 267: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 268: SwapBE dst: r1 
	 269: AndImm dst: r1 imm: 65528
	 270: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 271: OrImm dst: r7 imm: 768
	 272: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 273: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 274: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 275: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 276: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 277: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 278: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 279: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 280: Ja off: -1 <l4_6>
v6_opt_27:
	 281: MovReg dst: r0 src: r4
	 282: AddImm dst: r0 imm: 8
	 283: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 284: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 285: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 286: AddImm dst: r1 imm: 1
	 287: LShImm dst: r1 imm: 3
	 288: AddReg dst: r4 src: r1
	 289: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 290: MovReg dst: r0 src: r4
	 291: AddImm dst: r0 imm: 8
	 292: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 293: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 294: SwapBE dst: r1 
	 295: AndImm dst: r1 imm: 65528
	 296: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 297: OrImm dst: r7 imm: 768
	 298: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 299: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 300: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 301: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 302: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 303: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 304: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 305: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 306: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 307: OrReg dst: r7 src: r5
	 308: MovImm dst: r8 imm: 0
	 309: StMemW dst: rfp src: r0 off: -184 imm: 0
	 310: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 311: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 312: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 313: Ja off: -1 <l4done_6>
tcp_6:
	 314: MovReg dst: r0 src: r4
	 315: AddImm dst: r0 imm: 20
	 316: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 317: Ja off: -1 <ports_6>
udp_6:
	 318: MovReg dst: r0 src: r4
	 319: AddImm dst: r0 imm: 8
	 320: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 321: Ja off: -1 <ports_6>
ports_6:
	 322: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 323: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 324: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 325: SwapBE dst: r8 
	 326: Ja off: -1 <l4done_6>
l4done_6:
	 327: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 328: StMemB dst: rfp src: r0 off: -179 imm: 1
	 329: StMemH dst: rfp src: r0 off: -178 imm: 0
	 330: StMemW dst: rfp src: r0 off: -176 imm: 259
	 331: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 332: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 333: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 334: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 335: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 336: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 337: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 338: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 339: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 340: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 341: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 342: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 343: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 344: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 345: StMemB dst: rfp src: r0 off: -179 imm: 0
	 346: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 347: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 348: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 349: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 350: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 351: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 352: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 353: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 354: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 355: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 356: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 357: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 358: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 359: StMemH dst: rfp src: r0 off: -178 imm: 0
	 360: StMemB dst: rfp src: r0 off: -179 imm: 0
	 361: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 363: MovReg dst: r2 src: rfp
	 364: AddImm dst: r2 imm: -216
	 365: Call FnMapLookupElem
	 366: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 367: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 368: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 369: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 370: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 371: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 372: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 373: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 374: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 375: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 376: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 377: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 378: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 379: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 380: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 381: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 382: StMemH dst: rfp src: r0 off: -178 imm: 0
	 383: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 384: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 386: MovReg dst: r2 src: rfp
	 387: AddImm dst: r2 imm: -216
	 388: Call FnMapLookupElem
	 389: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 390: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 391: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 392: Ja off: -1 <ct_reply>
ct_miss_35:
	 393: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_skip_34:
	 394: StMemW dst: rfp src: r0 off: -144 imm: 0
	 395: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 396: StMemW dst: rfp src: r0 off: -140 imm: 3
	 397: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 399: MovReg dst: r2 src: rfp
	 400: AddImm dst: r2 imm: -140
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
	 412: StMemW dst: rfp src: r0 off: -140 imm: 4
	 413: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 415: MovReg dst: r2 src: rfp
	 416: AddImm dst: r2 imm: -140
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
	 433: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 434: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 436: MovReg dst: r2 src: rfp
	 437: AddImm dst: r2 imm: -140
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
	 447: StMemW dst: rfp src: r0 off: -64 imm: 259
	 448: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 449: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 450: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 451: StMemW dst: rfp src: r0 off: -44 imm: 0
	 452: StMemW dst: rfp src: r0 off: -40 imm: 0
	 453: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 454: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 455: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 456: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 457: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 458: OrImm dst: r1 imm: 67174656
	 459: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 460: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 461: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 462: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 463: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 464: StMemW dst: rfp src: r0 off: -32 imm: 0
	 465: StMemW dst: rfp src: r0 off: -16 imm: 0
	 466: StMemW dst: rfp src: r0 off: -28 imm: 0
	 467: StMemW dst: rfp src: r0 off: -12 imm: 0
	 468: StMemW dst: rfp src: r0 off: -24 imm: 0
	 469: StMemW dst: rfp src: r0 off: -8 imm: 0
	 470: Ja off: -1 <fam_done_43>
fam_v6_42:
	 471: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 472: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 473: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 474: OrImm dst: r1 imm: 100729088
	 475: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 476: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 477: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 478: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 479: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 480: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 481: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 482: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 483: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 484: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 485: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 486: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 487: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 488: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 489: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 490: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 491: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 492: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 494: MovReg dst: r2 src: rfp
	 495: AddImm dst: r2 imm: -64
	 496: MovImm dst: r3 imm: 60
	 497: MovImm dst: r4 imm: 0
	 498: Call FnRingbufOutput
	 499: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 500: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 501: StMemH dst: rfp src: r0 off: -168 imm: 0
	 502: StMemB dst: rfp src: r0 off: -166 imm: 1
	 503: StMemB dst: rfp src: r0 off: -165 imm: 1
	 504: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 505: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 506: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 507: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 508: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 509: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 510: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 511: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 512: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 513: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 514: StMemB dst: rfp src: r0 off: -203 imm: 0
	 515: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 516: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 517: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 518: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 519: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 520: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 521: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 522: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 523: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 524: StMemH dst: rfp src: r0 off: -202 imm: 0
	 525: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_47:
	 526: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 528: MovReg dst: r2 src: rfp
	 529: AddImm dst: r2 imm: -216
	 530: MovReg dst: r3 src: rfp
	 531: AddImm dst: r3 imm: -172
	 532: MovImm dst: r4 imm: 0
	 533: Call FnMapUpdateElem
	 534: Ja off: -1 <fam_done_46>
fam_v6_45:
	 535: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 536: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 537: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 538: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 539: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 540: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 541: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 542: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 543: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 544: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 545: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 546: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 547: StMemB dst: rfp src: r0 off: -179 imm: 0
	 548: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 549: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 550: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 551: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 552: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 553: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 554: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 555: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 556: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 557: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 558: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 559: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 560: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 561: StMemH dst: rfp src: r0 off: -178 imm: 0
	 562: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_ordered_49:
	 563: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 565: MovReg dst: r2 src: rfp
	 566: AddImm dst: r2 imm: -216
	 567: MovReg dst: r3 src: rfp
	 568: AddImm dst: r3 imm: -172
	 569: MovImm dst: r4 imm: 0
	 570: Call FnMapUpdateElem
fam_done_46:
	 571: MovImm dst: r0 imm: 0
	 572: Exit
malformed:
	    ; truncated or malformed header: drop
	 573: StMemW dst: rfp src: r0 off: -140 imm: 2
	 574: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 576: MovReg dst: r2 src: rfp
	 577: AddImm dst: r2 imm: -140
	 578: Call FnMapLookupElem
	 579: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 580: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 581: AddImm dst: r1 imm: 1
	 582: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 583: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 584: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 585: AddReg dst: r2 src: r1
	 586: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 587: MovImm dst: r0 imm: 2
	 588: Exit

