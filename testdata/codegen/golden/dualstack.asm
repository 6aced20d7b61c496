== subject-256 policy_ingress (section tcx/egress, enforced=true, 996 instructions)
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
	  93: JNEImm dst: r8 off: -1 imm: 3 <echoreq_4_chk>
	  94: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	  95: JEqImm dst: r1 off: -1 imm: 4 <fragneeded>
echoreq_4_chk:
	  96: JEqImm dst: r8 off: -1 imm: 8 <echoreq_4>
	  97: JEqImm dst: r8 off: -1 imm: 0 <echorep_4>
	  98: OrImm dst: r7 imm: 512
	  99: Ja off: -1 <l4done_4>
echoreq_4:
	 100: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	 101: StXMemH dst: rfp src: r1 off: -208 imm: 0
	 102: Ja off: -1 <l4done_4>
echorep_4:
	 103: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	 104: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 105: Ja off: -1 <l4done_4>
l4done_4:
	 106: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 107: StMemB dst: rfp src: r0 off: -203 imm: 0
	 108: StMemH dst: rfp src: r0 off: -202 imm: 0
	 109: StMemW dst: rfp src: r0 off: -200 imm: 256
	 110: StMemB dst: rfp src: r0 off: -136 imm: 4
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 111: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 112: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 113: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 114: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 115: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 116: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 117: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 118: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 119: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 120: StMemB dst: rfp src: r0 off: -203 imm: 0
	 121: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	 122: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 123: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 124: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 125: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 126: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 127: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 128: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 129: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 130: StMemH dst: rfp src: r0 off: -202 imm: 0
	 131: StMemB dst: rfp src: r0 off: -203 imm: 1
	 132: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 134: MovReg dst: r2 src: rfp
	 135: AddImm dst: r2 imm: -216
	 136: Call FnMapLookupElem
	 137: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	 138: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 139: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 140: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	 141: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 142: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 143: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 144: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 145: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 146: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 147: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 148: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 149: StMemH dst: rfp src: r0 off: -202 imm: 0
	 150: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	 151: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 153: MovReg dst: r2 src: rfp
	 154: AddImm dst: r2 imm: -216
	 155: Call FnMapLookupElem
	 156: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 157: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 158: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 159: Ja off: -1 <ct_reply>
ct_miss_3:
	 160: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_skip_2:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 161: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 163: MovReg dst: r2 src: rfp
	 164: AddImm dst: r2 imm: -216
	 165: Call FnMapLookupElem
	 166: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 167: StMemW dst: rfp src: r0 off: -164 imm: 32
	 168: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 169: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 170: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 172: MovReg dst: r2 src: rfp
	 173: AddImm dst: r2 imm: -164
	 174: Call FnMapLookupElem
	 175: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 176: StMemW dst: rfp src: r0 off: -144 imm: 9
	 177: Ja off: -1 <membership>
ipv6:
	    ; IPv6 header
	 178: MovReg dst: r0 src: r4
	 179: AddImm dst: r0 imm: 40
	 180: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 181: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 182: AndImm dst: r1 imm: 240
	 183: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 184: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 185: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 186: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 187: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 188: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 189: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 190: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 191: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 192: MovImm dst: r7 imm: 0
	 193: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 194: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 195: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 196: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 197: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 198: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 199: Ja off: -1 <l4_6>
v6_opt_7:
	 200: MovReg dst: r0 src: r4
	 201: AddImm dst: r0 imm: 8
	 202: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 203: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 204: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 205: AddImm dst: r1 imm: 1
	 206: LShImm dst: r1 imm: 3
	 207: AddReg dst: r4 src: r1
	 208: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 209: MovReg dst: r0 src: r4
	 210: AddImm dst: r0 imm: 8
	 211: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 212: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 213: SwapBE dst: r1 
	 214: AndImm dst: r1 imm: 65528
	 215: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 216: OrImm dst: r7 imm: 768
	 217: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 218: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 219: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 220: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 221: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 222: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 223: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 224: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 225: Ja off: -1 <l4_6>
v6_opt_11:
	 226: MovReg dst: r0 src: r4
	 227: AddImm dst: r0 imm: 8
	 228: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 229: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 230: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 231: AddImm dst: r1 imm: 1
	 232: LShImm dst: r1 imm: 3
	 233: AddReg dst: r4 src: r1
	 234: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 235: MovReg dst: r0 src: r4
	 236: AddImm dst: r0 imm: 8
	 237: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 238: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 239: SwapBE dst: r1 
	 240: AndImm dst: r1 imm: 65528
	 241: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 242: OrImm dst: r7 imm: 768
	 243: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 244: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 245: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 246: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 247: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 248: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 249: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 250: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 251: Ja off: -1 <l4_6>
v6_opt_15:
	 252: MovReg dst: r0 src: r4
	 253: AddImm dst: r0 imm: 8
	 254: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 255: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 256: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 257: AddImm dst: r1 imm: 1
	 258: LShImm dst: r1 imm: 3
	 259: AddReg dst: r4 src: r1
	 260: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 261: MovReg dst: r0 src: r4
	 262: AddImm dst: r0 imm: 8
	 263: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 264: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 265: SwapBE dst: r1 
	 266: AndImm dst: r1 imm: 65528
	 267: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 268: OrImm dst: r7 imm: 768
	 269: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 270: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 271: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 272: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
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
	 295: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 296: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 297: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 298: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 299: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 300: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 301: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 302: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 303: Ja off: -1 <l4_6>
v6_opt_23:
	 304: MovReg dst: r0 src: r4
	 305: AddImm dst: r0 imm: 8
	 306: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 307: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 308: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 309: AddImm dst: r1 imm: 1
	 310: LShImm dst: r1 imm: 3
	 311: AddReg dst: r4 src: r1
	 312: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 313: MovReg dst: r0 src: r4
	 314: AddImm dst: r0 imm: 8
	 315: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 316: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 317: SwapBE dst: r1 
	 318: AndImm dst: r1 imm: 65528
	 319: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 320: OrImm dst: r7 imm: 768
	 321: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 322: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 323: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 324: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 325: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 326: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 327: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 328: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 329: Ja off: -1 <l4_6>
v6_opt_27:
	 330: MovReg dst: r0 src: r4
	 331: AddImm dst: r0 imm: 8
	 332: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 333: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 334: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 335: AddImm dst: r1 imm: 1
	 336: LShImm dst: r1 imm: 3
	 337: AddReg dst: r4 src: r1
	 338: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 339: MovReg dst: r0 src: r4
	 340: AddImm dst: r0 imm: 8
	 341: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 342: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 343: SwapBE dst: r1 
	 344: AndImm dst: r1 imm: 65528
	 345: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 346: OrImm dst: r7 imm: 768
	 347: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 348: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 349: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 350: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 351: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 352: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 353: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 354: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 355: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 356: OrReg dst: r7 src: r5
	 357: MovImm dst: r8 imm: 0
	 358: StMemW dst: rfp src: r0 off: -184 imm: 0
	 359: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 360: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 361: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 362: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 363: JEqImm dst: r5 off: -1 imm: 58 <icmpx_6>
	 364: Ja off: -1 <l4done_6>
icmpx_6:
	    ; ICMP without ICMP entries: only neighbor discovery / fragmentation needed are special
	 365: MovReg dst: r0 src: r4
	 366: AddImm dst: r0 imm: 2
	 367: JGTReg dst: r0 off: -1 src: r3 <l4done_6>
	 368: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 369: JLTImm dst: r1 off: -1 imm: 133 <l4done_6>
	 370: JLEImm dst: r1 off: -1 imm: 137 <neighbor>
	 371: Ja off: -1 <l4done_6>
tcp_6:
	 372: MovReg dst: r0 src: r4
	 373: AddImm dst: r0 imm: 20
	 374: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 375: Ja off: -1 <ports_6>
udp_6:
	 376: MovReg dst: r0 src: r4
	 377: AddImm dst: r0 imm: 8
	 378: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 379: Ja off: -1 <ports_6>
sctp_6:
	 380: MovReg dst: r0 src: r4
	 381: AddImm dst: r0 imm: 12
	 382: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 383: Ja off: -1 <ports_6>
ports_6:
	 384: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 385: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 386: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 387: SwapBE dst: r8 
	 388: Ja off: -1 <l4done_6>
l4done_6:
	 389: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 390: StMemB dst: rfp src: r0 off: -179 imm: 0
	 391: StMemH dst: rfp src: r0 off: -178 imm: 0
	 392: StMemW dst: rfp src: r0 off: -176 imm: 256
	 393: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 394: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 395: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 396: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 397: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 398: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 399: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 400: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 401: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 402: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 403: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 404: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 405: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 406: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 407: StMemB dst: rfp src: r0 off: -179 imm: 0
	 408: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 409: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 410: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 411: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 412: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 413: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 414: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 415: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 416: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 417: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 418: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 419: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 420: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 421: StMemH dst: rfp src: r0 off: -178 imm: 0
	 422: StMemB dst: rfp src: r0 off: -179 imm: 1
	 423: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 425: MovReg dst: r2 src: rfp
	 426: AddImm dst: r2 imm: -216
	 427: Call FnMapLookupElem
	 428: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 429: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 430: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 431: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 432: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 433: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 434: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 435: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 436: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 437: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 438: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 439: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 440: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 441: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 442: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 443: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 444: StMemH dst: rfp src: r0 off: -178 imm: 0
	 445: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 446: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 448: MovReg dst: r2 src: rfp
	 449: AddImm dst: r2 imm: -216
	 450: Call FnMapLookupElem
	 451: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 452: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 453: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 454: Ja off: -1 <ct_reply>
ct_miss_35:
	 455: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_skip_34:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 456: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 458: MovReg dst: r2 src: rfp
	 459: AddImm dst: r2 imm: -216
	 460: Call FnMapLookupElem
	 461: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 462: StMemW dst: rfp src: r0 off: -164 imm: 128
	 463: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 464: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 465: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 466: StXMemW dst: rfp src: r1 off: -156 imm: 0
	 467: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 468: StXMemW dst: rfp src: r1 off: -152 imm: 0
	 469: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 470: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 471: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 473: MovReg dst: r2 src: rfp
	 474: AddImm dst: r2 imm: -164
	 475: Call FnMapLookupElem
	 476: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 477: StMemW dst: rfp src: r0 off: -144 imm: 10
	 478: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 479: LdXMemH dst: r1 src: r0 off: 4 imm: 0
	 480: JEqImm dst: r1 off: -1 imm: 0 <ct_est_count>
	 481: LShImm dst: r1 imm: 16
	 482: OrImm dst: r1 imm: 512
	 483: StXMemW dst: r6 src: r1 off: 8 imm: 0
ct_est_count:
	 484: StMemW dst: rfp src: r0 off: -140 imm: 3
	 485: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 487: MovReg dst: r2 src: rfp
	 488: AddImm dst: r2 imm: -140
	 489: Call FnMapLookupElem
	 490: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 491: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 492: AddImm dst: r1 imm: 1
	 493: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 494: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 495: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 496: AddReg dst: r2 src: r1
	 497: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 498: MovImm dst: r0 imm: 0
	 499: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 500: StMemW dst: rfp src: r0 off: -140 imm: 4
	 501: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 503: MovReg dst: r2 src: rfp
	 504: AddImm dst: r2 imm: -140
	 505: Call FnMapLookupElem
	 506: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 507: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 508: AddImm dst: r1 imm: 1
	 509: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 510: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 511: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 512: AddReg dst: r2 src: r1
	 513: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 514: MovImm dst: r0 imm: 0
	 515: Exit
have_identity:
	 516: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 517: StXMemW dst: rfp src: r1 off: -144 imm: 0
	    ; ipcache hit: identity and the membership words the decision reads, from its value
	 518: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 519: StXMemW dst: rfp src: r1 off: -128 imm: 0
	 520: Ja off: -1 <words_ready>
membership:
	    ; selector membership of the world identity
	 521: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 523: MovReg dst: r2 src: rfp
	 524: AddImm dst: r2 imm: -144
	 525: Call FnMapLookupElem
	 526: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 527: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 528: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	 529: MovReg dst: r9 src: rfp
	 530: AddImm dst: r9 imm: -128
	 531: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 532: StMemW dst: rfp src: r0 off: -140 imm: 6
	 533: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 535: MovReg dst: r2 src: rfp
	 536: AddImm dst: r2 imm: -140
	 537: Call FnMapLookupElem
	 538: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 539: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 540: AddImm dst: r1 imm: 1
	 541: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 542: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 543: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 544: AddReg dst: r2 src: r1
	 545: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 546: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 547: MovReg dst: r1 src: r7
	 548: AndImm dst: r1 imm: 511
	 549: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 550: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 551: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 5 intervals
	 552: JGEImm dst: r8 off: -1 imm: 2 <ge_42>
	 553: JGEImm dst: r8 off: -1 imm: 1 <ge_43>
	 554: Ja off: -1 <class_0>
ge_43:
	 555: Ja off: -1 <class_1>
ge_42:
	 556: JGEImm dst: r8 off: -1 imm: 10000 <ge_44>
	 557: Ja off: -1 <class_0>
ge_44:
	 558: JGEImm dst: r8 off: -1 imm: 10001 <ge_45>
	 559: Ja off: -1 <class_2>
ge_45:
	 560: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 3 intervals
	 561: JGEImm dst: r8 off: -1 imm: 1 <ge_46>
	 562: Ja off: -1 <class_0>
ge_46:
	 563: JGEImm dst: r8 off: -1 imm: 1025 <ge_47>
	 564: Ja off: -1 <class_3>
ge_47:
	 565: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order []
	 566: Ja off: -1 <default>
class_1:
	    ; class 1: candidates in precedence order [4]
	 567: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 568: JSet32Imm dst: r1 off: -1 imm: 4 <c1_entry4_48>
	 569: Ja off: -1 <default>
c1_entry4_48:
	    ; entry 4 allow peer={reserved.host=} proto=6 ports=1-1: ns/random random.yaml:4:3
	 570: MovImm dst: r8 imm: 4
	 571: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [3]
	 572: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 573: JSet32Imm dst: r1 off: -1 imm: 1 <c2_entry3_49>
	 574: Ja off: -1 <default>
c2_entry3_49:
	    ; entry 3 allow peer={} proto=6 ports=10000-10000: ns/random random.yaml:3:3
	 575: MovImm dst: r8 imm: 3
	 576: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [1]
	 577: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 578: JSet32Imm dst: r1 off: -1 imm: 32 <c3_entry1_50>
	 579: Ja off: -1 <default>
c3_entry1_50:
	    ; entry 1 redirect peer={reserved.world=} proto=132 ports=1-1024: ns/random random.yaml:1:3
	 580: MovImm dst: r8 imm: 1
	 581: MovImm dst: r9 imm: 39738
	 582: Ja off: -1 <verdict_redirect>
default:
	    ; no entry matches: deny (enforced=true)
	 583: MovImm dst: r8 imm: 0
	 584: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 585: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 586: XorReg dst: r8 src: r1
	 587: XorReg dst: r8 src: r1
	 588: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 589: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 591: MovReg dst: r2 src: rfp
	 592: AddImm dst: r2 imm: -140
	 593: Call FnMapLookupElem
	 594: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 595: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 596: AddImm dst: r1 imm: 1
	 597: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 598: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 599: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 600: AddReg dst: r2 src: r1
	 601: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 602: StMemW dst: rfp src: r0 off: -60 imm: 256
	 603: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 604: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 605: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 606: StMemW dst: rfp src: r0 off: -44 imm: 0
	 607: StMemW dst: rfp src: r0 off: -40 imm: 0
	 608: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 609: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_52>
	 610: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 611: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 612: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 613: OrImm dst: r1 imm: 67108864
	 614: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 615: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 616: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 617: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 618: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 619: StMemW dst: rfp src: r0 off: -32 imm: 0
	 620: StMemW dst: rfp src: r0 off: -16 imm: 0
	 621: StMemW dst: rfp src: r0 off: -28 imm: 0
	 622: StMemW dst: rfp src: r0 off: -12 imm: 0
	 623: StMemW dst: rfp src: r0 off: -24 imm: 0
	 624: StMemW dst: rfp src: r0 off: -8 imm: 0
	 625: Ja off: -1 <fam_done_53>
fam_v6_52:
	 626: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 627: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 628: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 629: OrImm dst: r1 imm: 100663296
	 630: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 631: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 632: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 633: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 634: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 635: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 636: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 637: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 638: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 639: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 640: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 641: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 642: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 643: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 644: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 645: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 646: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_53:
	 647: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 649: MovReg dst: r2 src: rfp
	 650: AddImm dst: r2 imm: -64
	 651: MovImm dst: r3 imm: 60
	 652: MovImm dst: r4 imm: 0
	 653: Call FnRingbufOutput
	 654: MovImm dst: r0 imm: 2
	 655: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 656: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 657: XorReg dst: r8 src: r1
	 658: XorReg dst: r8 src: r1
	 659: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 660: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 662: MovReg dst: r2 src: rfp
	 663: AddImm dst: r2 imm: -140
	 664: Call FnMapLookupElem
	 665: JEqImm dst: r0 off: -1 imm: 0 <count_done_54>
	 666: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 667: AddImm dst: r1 imm: 1
	 668: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 669: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 670: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 671: AddReg dst: r2 src: r1
	 672: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_54:
	 673: StMemW dst: rfp src: r0 off: -60 imm: 256
	 674: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 675: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 676: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 677: StMemW dst: rfp src: r0 off: -44 imm: 0
	 678: StMemW dst: rfp src: r0 off: -40 imm: 0
	 679: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 680: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_55>
	 681: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 682: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 683: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 684: OrImm dst: r1 imm: 67109120
	 685: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 686: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 687: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 688: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 689: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 690: StMemW dst: rfp src: r0 off: -32 imm: 0
	 691: StMemW dst: rfp src: r0 off: -16 imm: 0
	 692: StMemW dst: rfp src: r0 off: -28 imm: 0
	 693: StMemW dst: rfp src: r0 off: -12 imm: 0
	 694: StMemW dst: rfp src: r0 off: -24 imm: 0
	 695: StMemW dst: rfp src: r0 off: -8 imm: 0
	 696: Ja off: -1 <fam_done_56>
fam_v6_55:
	 697: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 698: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 699: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 700: OrImm dst: r1 imm: 100663552
	 701: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 702: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 703: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 704: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 705: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 706: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 707: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 708: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 709: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 710: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 711: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 712: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 713: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 714: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 715: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 716: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 717: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_56:
	 718: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 720: MovReg dst: r2 src: rfp
	 721: AddImm dst: r2 imm: -64
	 722: MovImm dst: r3 imm: 60
	 723: MovImm dst: r4 imm: 0
	 724: Call FnRingbufOutput
	 725: JSetImm dst: r7 off: -1 imm: 512 <fam_done_59>
	 726: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 727: StMemH dst: rfp src: r0 off: -168 imm: 0
	 728: StMemB dst: rfp src: r0 off: -166 imm: 1
	 729: StMemB dst: rfp src: r0 off: -165 imm: 0
	 730: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 731: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_58>
	 732: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 733: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 734: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_60>
	 735: JGTReg dst: r1 off: -1 src: r2 <ct_swap_61>
	 736: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 737: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 738: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_60>
	 739: JGTReg dst: r1 off: -1 src: r2 <ct_swap_61>
	 740: StMemB dst: rfp src: r0 off: -203 imm: 0
	 741: Ja off: -1 <ct_ordered_60>
ct_swap_61:
	 742: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 743: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 744: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 745: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 746: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 747: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 748: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 749: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 750: StMemH dst: rfp src: r0 off: -202 imm: 0
	 751: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_60:
	 752: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 754: MovReg dst: r2 src: rfp
	 755: AddImm dst: r2 imm: -216
	 756: MovReg dst: r3 src: rfp
	 757: AddImm dst: r3 imm: -172
	 758: MovImm dst: r4 imm: 0
	 759: Call FnMapUpdateElem
	 760: Ja off: -1 <fam_done_59>
fam_v6_58:
	 761: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 762: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 763: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 764: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 765: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 766: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 767: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 768: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 769: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 770: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 771: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 772: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 773: StMemB dst: rfp src: r0 off: -179 imm: 0
	 774: Ja off: -1 <ct_ordered_62>
ct_swap_63:
	 775: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 776: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 777: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 778: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 779: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 780: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 781: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 782: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 783: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 784: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 785: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 786: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 787: StMemH dst: rfp src: r0 off: -178 imm: 0
	 788: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_62:
	 789: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 791: MovReg dst: r2 src: rfp
	 792: AddImm dst: r2 imm: -216
	 793: MovReg dst: r3 src: rfp
	 794: AddImm dst: r3 imm: -172
	 795: MovImm dst: r4 imm: 0
	 796: Call FnMapUpdateElem
fam_done_59:
	 797: MovImm dst: r0 imm: 0
	 798: Exit
verdict_redirect:
	    ; verdict redirect: count, record the flow, set the proxy mark, emit an event, pass
	 799: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 800: XorReg dst: r8 src: r1
	 801: XorReg dst: r8 src: r1
	 802: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 803: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 805: MovReg dst: r2 src: rfp
	 806: AddImm dst: r2 imm: -140
	 807: Call FnMapLookupElem
	 808: JEqImm dst: r0 off: -1 imm: 0 <count_done_64>
	 809: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 810: AddImm dst: r1 imm: 1
	 811: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 812: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 813: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 814: AddReg dst: r2 src: r1
	 815: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_64:
	 816: MovReg dst: r1 src: r9
	 817: LShImm dst: r1 imm: 16
	 818: OrImm dst: r1 imm: 512
	 819: StXMemW dst: r6 src: r1 off: 8 imm: 0
	 820: StMemW dst: rfp src: r0 off: -60 imm: 256
	 821: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 822: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 823: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 824: StMemW dst: rfp src: r0 off: -44 imm: 0
	 825: MovReg dst: r1 src: r9
	 826: AndImm dst: r1 imm: 65535
	 827: StXMemW dst: rfp src: r1 off: -40 imm: 0
	 828: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 829: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_65>
	 830: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 831: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 832: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 833: OrImm dst: r1 imm: 67109376
	 834: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 835: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 836: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 837: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 838: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 839: StMemW dst: rfp src: r0 off: -32 imm: 0
	 840: StMemW dst: rfp src: r0 off: -16 imm: 0
	 841: StMemW dst: rfp src: r0 off: -28 imm: 0
	 842: StMemW dst: rfp src: r0 off: -12 imm: 0
	 843: StMemW dst: rfp src: r0 off: -24 imm: 0
	 844: StMemW dst: rfp src: r0 off: -8 imm: 0
	 845: Ja off: -1 <fam_done_66>
fam_v6_65:
	 846: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 847: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 848: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 849: OrImm dst: r1 imm: 100663808
	 850: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 851: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 852: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 853: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 854: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 855: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 856: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 857: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 858: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 859: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 860: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 861: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 862: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 863: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 864: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 865: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 866: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_66:
	 867: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 869: MovReg dst: r2 src: rfp
	 870: AddImm dst: r2 imm: -64
	 871: MovImm dst: r3 imm: 60
	 872: MovImm dst: r4 imm: 0
	 873: Call FnRingbufOutput
	 874: JSetImm dst: r7 off: -1 imm: 512 <fam_done_69>
	 875: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 876: StXMemH dst: rfp src: r9 off: -168 imm: 0
	 877: StMemB dst: rfp src: r0 off: -166 imm: 2
	 878: StMemB dst: rfp src: r0 off: -165 imm: 0
	 879: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 880: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_68>
	 881: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 882: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 883: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_70>
	 884: JGTReg dst: r1 off: -1 src: r2 <ct_swap_71>
	 885: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 886: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 887: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_70>
	 888: JGTReg dst: r1 off: -1 src: r2 <ct_swap_71>
	 889: StMemB dst: rfp src: r0 off: -203 imm: 0
	 890: Ja off: -1 <ct_ordered_70>
ct_swap_71:
	 891: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 892: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 893: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 894: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 895: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 896: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 897: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 898: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 899: StMemH dst: rfp src: r0 off: -202 imm: 0
	 900: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_70:
	 901: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 903: MovReg dst: r2 src: rfp
	 904: AddImm dst: r2 imm: -216
	 905: MovReg dst: r3 src: rfp
	 906: AddImm dst: r3 imm: -172
	 907: MovImm dst: r4 imm: 0
	 908: Call FnMapUpdateElem
	 909: Ja off: -1 <fam_done_69>
fam_v6_68:
	 910: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 911: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 912: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_72>
	 913: JGTReg dst: r1 off: -1 src: r2 <ct_swap_73>
	 914: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 915: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 916: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_72>
	 917: JGTReg dst: r1 off: -1 src: r2 <ct_swap_73>
	 918: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 919: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 920: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_72>
	 921: JGTReg dst: r1 off: -1 src: r2 <ct_swap_73>
	 922: StMemB dst: rfp src: r0 off: -179 imm: 0
	 923: Ja off: -1 <ct_ordered_72>
ct_swap_73:
	 924: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 925: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 926: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 927: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 928: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 929: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 930: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 931: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 932: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 933: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 934: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 935: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 936: StMemH dst: rfp src: r0 off: -178 imm: 0
	 937: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_72:
	 938: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 940: MovReg dst: r2 src: rfp
	 941: AddImm dst: r2 imm: -216
	 942: MovReg dst: r3 src: rfp
	 943: AddImm dst: r3 imm: -172
	 944: MovImm dst: r4 imm: 0
	 945: Call FnMapUpdateElem
fam_done_69:
	 946: MovImm dst: r0 imm: 0
	 947: Exit
fragneeded:
	    ; ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed
	 948: StMemW dst: rfp src: r0 off: -140 imm: 9
	 949: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 951: MovReg dst: r2 src: rfp
	 952: AddImm dst: r2 imm: -140
	 953: Call FnMapLookupElem
	 954: JEqImm dst: r0 off: -1 imm: 0 <count_done_74>
	 955: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 956: AddImm dst: r1 imm: 1
	 957: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 958: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 959: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 960: AddReg dst: r2 src: r1
	 961: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_74:
	 962: MovImm dst: r0 imm: 0
	 963: Exit
neighbor:
	    ; IPv6 neighbor discovery: pass without policy, like ARP
	 964: StMemW dst: rfp src: r0 off: -140 imm: 8
	 965: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 967: MovReg dst: r2 src: rfp
	 968: AddImm dst: r2 imm: -140
	 969: Call FnMapLookupElem
	 970: JEqImm dst: r0 off: -1 imm: 0 <count_done_75>
	 971: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 972: AddImm dst: r1 imm: 1
	 973: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 974: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 975: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 976: AddReg dst: r2 src: r1
	 977: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_75:
	 978: MovImm dst: r0 imm: 0
	 979: Exit
malformed:
	    ; truncated or malformed header: drop
	 980: StMemW dst: rfp src: r0 off: -140 imm: 2
	 981: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 983: MovReg dst: r2 src: rfp
	 984: AddImm dst: r2 imm: -140
	 985: Call FnMapLookupElem
	 986: JEqImm dst: r0 off: -1 imm: 0 <count_done_76>
	 987: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 988: AddImm dst: r1 imm: 1
	 989: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 990: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 991: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 992: AddReg dst: r2 src: r1
	 993: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_76:
	 994: MovImm dst: r0 imm: 2
	 995: Exit

== subject-256 policy_egress (section tcx/ingress, enforced=true, 865 instructions)
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
	  93: JNEImm dst: r8 off: -1 imm: 3 <echoreq_4_chk>
	  94: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	  95: JEqImm dst: r1 off: -1 imm: 4 <fragneeded>
echoreq_4_chk:
	  96: JEqImm dst: r8 off: -1 imm: 8 <echoreq_4>
	  97: JEqImm dst: r8 off: -1 imm: 0 <echorep_4>
	  98: OrImm dst: r7 imm: 512
	  99: Ja off: -1 <l4done_4>
echoreq_4:
	 100: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	 101: StXMemH dst: rfp src: r1 off: -208 imm: 0
	 102: Ja off: -1 <l4done_4>
echorep_4:
	 103: LdXMemH dst: r1 src: r4 off: 4 imm: 0
	 104: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 105: Ja off: -1 <l4done_4>
l4done_4:
	 106: StXMemB dst: rfp src: r5 off: -204 imm: 0
	 107: StMemB dst: rfp src: r0 off: -203 imm: 1
	 108: StMemH dst: rfp src: r0 off: -202 imm: 0
	 109: StMemW dst: rfp src: r0 off: -200 imm: 256
	 110: StMemB dst: rfp src: r0 off: -136 imm: 4
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 111: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 112: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 113: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 114: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 115: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 116: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 117: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 118: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 119: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 120: StMemB dst: rfp src: r0 off: -203 imm: 0
	 121: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	 122: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 123: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 124: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 125: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 126: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 127: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 128: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 129: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 130: StMemH dst: rfp src: r0 off: -202 imm: 0
	 131: StMemB dst: rfp src: r0 off: -203 imm: 0
	 132: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 134: MovReg dst: r2 src: rfp
	 135: AddImm dst: r2 imm: -216
	 136: Call FnMapLookupElem
	 137: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	 138: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 139: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 140: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	 141: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 142: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 143: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 144: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 145: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 146: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 147: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 148: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 149: StMemH dst: rfp src: r0 off: -202 imm: 0
	 150: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	 151: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 153: MovReg dst: r2 src: rfp
	 154: AddImm dst: r2 imm: -216
	 155: Call FnMapLookupElem
	 156: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 157: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 158: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 159: Ja off: -1 <ct_reply>
ct_miss_3:
	 160: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_skip_2:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 161: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 163: MovReg dst: r2 src: rfp
	 164: AddImm dst: r2 imm: -212
	 165: Call FnMapLookupElem
	 166: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 167: StMemW dst: rfp src: r0 off: -164 imm: 32
	 168: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 169: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 170: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 172: MovReg dst: r2 src: rfp
	 173: AddImm dst: r2 imm: -164
	 174: Call FnMapLookupElem
	 175: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 176: StMemW dst: rfp src: r0 off: -144 imm: 9
	 177: Ja off: -1 <membership>
ipv6:
	    ; IPv6 header
	 178: MovReg dst: r0 src: r4
	 179: AddImm dst: r0 imm: 40
	 180: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 181: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 182: AndImm dst: r1 imm: 240
	 183: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 184: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 185: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 186: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 187: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 188: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 189: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 190: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 191: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 192: MovImm dst: r7 imm: 0
	 193: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 194: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
	 195: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_7>
	 196: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_7>
	 197: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_7>
	 198: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_8>
	 199: Ja off: -1 <l4_6>
v6_opt_7:
	 200: MovReg dst: r0 src: r4
	 201: AddImm dst: r0 imm: 8
	 202: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 203: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 204: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 205: AddImm dst: r1 imm: 1
	 206: LShImm dst: r1 imm: 3
	 207: AddReg dst: r4 src: r1
	 208: Ja off: -1 <v6_ext_10>
v6_frag_8:
	 209: MovReg dst: r0 src: r4
	 210: AddImm dst: r0 imm: 8
	 211: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 212: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 213: SwapBE dst: r1 
	 214: AndImm dst: r1 imm: 65528
	 215: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_9>
	 216: OrImm dst: r7 imm: 768
	 217: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 218: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 219: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 220: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 221: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 222: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 223: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 224: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 225: Ja off: -1 <l4_6>
v6_opt_11:
	 226: MovReg dst: r0 src: r4
	 227: AddImm dst: r0 imm: 8
	 228: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 229: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 230: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 231: AddImm dst: r1 imm: 1
	 232: LShImm dst: r1 imm: 3
	 233: AddReg dst: r4 src: r1
	 234: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 235: MovReg dst: r0 src: r4
	 236: AddImm dst: r0 imm: 8
	 237: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 238: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 239: SwapBE dst: r1 
	 240: AndImm dst: r1 imm: 65528
	 241: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 242: OrImm dst: r7 imm: 768
	 243: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 244: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 245: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 246: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 247: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 248: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 249: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 250: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 251: Ja off: -1 <l4_6>
v6_opt_15:
	 252: MovReg dst: r0 src: r4
	 253: AddImm dst: r0 imm: 8
	 254: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 255: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 256: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 257: AddImm dst: r1 imm: 1
	 258: LShImm dst: r1 imm: 3
	 259: AddReg dst: r4 src: r1
	 260: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 261: MovReg dst: r0 src: r4
	 262: AddImm dst: r0 imm: 8
	 263: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 264: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 265: SwapBE dst: r1 
	 266: AndImm dst: r1 imm: 65528
	 267: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 268: OrImm dst: r7 imm: 768
	 269: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 270: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 271: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 272: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
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
	 295: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 296: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 297: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 298: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 299: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 300: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 301: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 302: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 303: Ja off: -1 <l4_6>
v6_opt_23:
	 304: MovReg dst: r0 src: r4
	 305: AddImm dst: r0 imm: 8
	 306: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 307: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 308: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 309: AddImm dst: r1 imm: 1
	 310: LShImm dst: r1 imm: 3
	 311: AddReg dst: r4 src: r1
	 312: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 313: MovReg dst: r0 src: r4
	 314: AddImm dst: r0 imm: 8
	 315: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 316: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 317: SwapBE dst: r1 
	 318: AndImm dst: r1 imm: 65528
	 319: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 320: OrImm dst: r7 imm: 768
	 321: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 322: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 323: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 324: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 325: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 326: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 327: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 328: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 329: Ja off: -1 <l4_6>
v6_opt_27:
	 330: MovReg dst: r0 src: r4
	 331: AddImm dst: r0 imm: 8
	 332: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 333: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 334: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 335: AddImm dst: r1 imm: 1
	 336: LShImm dst: r1 imm: 3
	 337: AddReg dst: r4 src: r1
	 338: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 339: MovReg dst: r0 src: r4
	 340: AddImm dst: r0 imm: 8
	 341: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 342: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 343: SwapBE dst: r1 
	 344: AndImm dst: r1 imm: 65528
	 345: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 346: OrImm dst: r7 imm: 768
	 347: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 348: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 349: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 350: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 351: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 352: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 353: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 354: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 355: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 356: OrReg dst: r7 src: r5
	 357: MovImm dst: r8 imm: 0
	 358: StMemW dst: rfp src: r0 off: -184 imm: 0
	 359: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 360: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 361: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 362: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 363: JEqImm dst: r5 off: -1 imm: 58 <icmpx_6>
	 364: Ja off: -1 <l4done_6>
icmpx_6:
	    ; ICMP without ICMP entries: only neighbor discovery / fragmentation needed are special
	 365: MovReg dst: r0 src: r4
	 366: AddImm dst: r0 imm: 2
	 367: JGTReg dst: r0 off: -1 src: r3 <l4done_6>
	 368: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 369: JLTImm dst: r1 off: -1 imm: 133 <l4done_6>
	 370: JLEImm dst: r1 off: -1 imm: 137 <neighbor>
	 371: Ja off: -1 <l4done_6>
tcp_6:
	 372: MovReg dst: r0 src: r4
	 373: AddImm dst: r0 imm: 20
	 374: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 375: Ja off: -1 <ports_6>
udp_6:
	 376: MovReg dst: r0 src: r4
	 377: AddImm dst: r0 imm: 8
	 378: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 379: Ja off: -1 <ports_6>
sctp_6:
	 380: MovReg dst: r0 src: r4
	 381: AddImm dst: r0 imm: 12
	 382: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 383: Ja off: -1 <ports_6>
ports_6:
	 384: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 385: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 386: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 387: SwapBE dst: r8 
	 388: Ja off: -1 <l4done_6>
l4done_6:
	 389: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 390: StMemB dst: rfp src: r0 off: -179 imm: 1
	 391: StMemH dst: rfp src: r0 off: -178 imm: 0
	 392: StMemW dst: rfp src: r0 off: -176 imm: 256
	 393: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 394: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 395: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 396: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 397: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 398: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 399: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 400: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 401: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 402: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 403: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 404: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 405: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 406: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 407: StMemB dst: rfp src: r0 off: -179 imm: 0
	 408: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 409: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 410: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 411: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 412: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 413: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 414: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 415: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 416: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 417: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 418: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 419: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 420: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 421: StMemH dst: rfp src: r0 off: -178 imm: 0
	 422: StMemB dst: rfp src: r0 off: -179 imm: 0
	 423: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 425: MovReg dst: r2 src: rfp
	 426: AddImm dst: r2 imm: -216
	 427: Call FnMapLookupElem
	 428: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 429: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 430: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 431: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 432: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 433: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 434: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 435: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 436: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 437: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 438: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 439: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 440: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 441: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 442: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 443: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 444: StMemH dst: rfp src: r0 off: -178 imm: 0
	 445: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 446: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 448: MovReg dst: r2 src: rfp
	 449: AddImm dst: r2 imm: -216
	 450: Call FnMapLookupElem
	 451: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 452: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 453: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 454: Ja off: -1 <ct_reply>
ct_miss_35:
	 455: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_skip_34:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 456: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 458: MovReg dst: r2 src: rfp
	 459: AddImm dst: r2 imm: -200
	 460: Call FnMapLookupElem
	 461: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 462: StMemW dst: rfp src: r0 off: -164 imm: 128
	 463: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 464: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 465: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 466: StXMemW dst: rfp src: r1 off: -156 imm: 0
	 467: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 468: StXMemW dst: rfp src: r1 off: -152 imm: 0
	 469: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 470: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 471: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 473: MovReg dst: r2 src: rfp
	 474: AddImm dst: r2 imm: -164
	 475: Call FnMapLookupElem
	 476: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 477: StMemW dst: rfp src: r0 off: -144 imm: 10
	 478: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 479: StMemW dst: rfp src: r0 off: -140 imm: 3
	 480: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 482: MovReg dst: r2 src: rfp
	 483: AddImm dst: r2 imm: -140
	 484: Call FnMapLookupElem
	 485: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 486: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 487: AddImm dst: r1 imm: 1
	 488: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 489: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 490: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 491: AddReg dst: r2 src: r1
	 492: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 493: MovImm dst: r0 imm: 0
	 494: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 495: StMemW dst: rfp src: r0 off: -140 imm: 4
	 496: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 498: MovReg dst: r2 src: rfp
	 499: AddImm dst: r2 imm: -140
	 500: Call FnMapLookupElem
	 501: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 502: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 503: AddImm dst: r1 imm: 1
	 504: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 505: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 506: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 507: AddReg dst: r2 src: r1
	 508: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 509: MovImm dst: r0 imm: 0
	 510: Exit
have_identity:
	 511: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 512: StXMemW dst: rfp src: r1 off: -144 imm: 0
	    ; ipcache hit: identity and the membership words the decision reads, from its value
	 513: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 514: StXMemW dst: rfp src: r1 off: -128 imm: 0
	 515: Ja off: -1 <words_ready>
membership:
	    ; selector membership of the world identity
	 516: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 518: MovReg dst: r2 src: rfp
	 519: AddImm dst: r2 imm: -144
	 520: Call FnMapLookupElem
	 521: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 522: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 523: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	 524: MovReg dst: r9 src: rfp
	 525: AddImm dst: r9 imm: -128
	 526: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 527: StMemW dst: rfp src: r0 off: -140 imm: 6
	 528: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 530: MovReg dst: r2 src: rfp
	 531: AddImm dst: r2 imm: -140
	 532: Call FnMapLookupElem
	 533: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 534: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 535: AddImm dst: r1 imm: 1
	 536: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 537: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 538: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 539: AddReg dst: r2 src: r1
	 540: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 541: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 542: MovReg dst: r1 src: r7
	 543: AndImm dst: r1 imm: 511
	 544: JEqImm dst: r1 off: -1 imm: 1 <tree_1>
	 545: JEqImm dst: r1 off: -1 imm: 6 <tree_6>
	 546: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 547: JEqImm dst: r1 off: -1 imm: 388 <class_4>
	 548: Ja off: -1 <class_0>
tree_1:
	    ; protocol 1: port compare tree over 5 intervals
	 549: JGEImm dst: r8 off: -1 imm: 129 <ge_42>
	 550: JGEImm dst: r8 off: -1 imm: 128 <ge_43>
	 551: Ja off: -1 <class_0>
ge_43:
	 552: Ja off: -1 <class_1>
ge_42:
	 553: JGEImm dst: r8 off: -1 imm: 135 <ge_44>
	 554: Ja off: -1 <class_0>
ge_44:
	 555: JGEImm dst: r8 off: -1 imm: 136 <ge_45>
	 556: Ja off: -1 <class_2>
ge_45:
	 557: Ja off: -1 <class_0>
tree_6:
	    ; protocol 6: port compare tree over 3 intervals
	 558: JGEImm dst: r8 off: -1 imm: 22 <ge_46>
	 559: Ja off: -1 <class_0>
ge_46:
	 560: JGEImm dst: r8 off: -1 imm: 82 <ge_47>
	 561: Ja off: -1 <class_3>
ge_47:
	 562: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 1 intervals
	 563: Ja off: -1 <class_4>
class_0:
	    ; class 0: candidates in precedence order [5]
	 564: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 565: JSet32Imm dst: r1 off: -1 imm: 16 <c0_entry5_48>
	 566: Ja off: -1 <default>
c0_entry5_48:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 567: MovImm dst: r8 imm: 5
	 568: Ja off: -1 <verdict_deny>
class_1:
	    ; class 1: candidates in precedence order [5 8]
	 569: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 570: JSet32Imm dst: r1 off: -1 imm: 16 <c1_entry5_49>
	 571: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry8_50>
	 572: Ja off: -1 <default>
c1_entry5_49:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 573: MovImm dst: r8 imm: 5
	 574: Ja off: -1 <verdict_deny>
c1_entry8_50:
	    ; entry 8 allow peer={} proto=1 ports=128-128: ns/random random.yaml:8:3
	 575: MovImm dst: r8 imm: 8
	 576: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [5 9]
	 577: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 578: JSet32Imm dst: r1 off: -1 imm: 16 <c2_entry5_51>
	 579: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry9_52>
	 580: Ja off: -1 <default>
c2_entry5_51:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 581: MovImm dst: r8 imm: 5
	 582: Ja off: -1 <verdict_deny>
c2_entry9_52:
	    ; entry 9 allow peer={reserved.host=} proto=1 ports=135-135: ns/random random.yaml:9:3
	 583: MovImm dst: r8 imm: 9
	 584: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [5 6]
	 585: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 586: JSet32Imm dst: r1 off: -1 imm: 16 <c3_entry5_53>
	 587: JSet32Imm dst: r1 off: -1 imm: 1 <c3_entry6_54>
	 588: Ja off: -1 <default>
c3_entry5_53:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 589: MovImm dst: r8 imm: 5
	 590: Ja off: -1 <verdict_deny>
c3_entry6_54:
	    ; entry 6 deny peer={} proto=6 ports=22-81: ns/random random.yaml:6:3
	 591: MovImm dst: r8 imm: 6
	 592: Ja off: -1 <verdict_deny>
class_4:
	    ; class 4: candidates in precedence order [5 7]
	 593: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 594: JSet32Imm dst: r1 off: -1 imm: 16 <c4_entry5_55>
	 595: JSet32Imm dst: r1 off: -1 imm: 8 <c4_entry7_56>
	 596: Ja off: -1 <default>
c4_entry5_55:
	    ; entry 5 deny peer={!any.env} proto=0 ports=0-65535: ns/random random.yaml:5:3
	 597: MovImm dst: r8 imm: 5
	 598: Ja off: -1 <verdict_deny>
c4_entry7_56:
	    ; entry 7 deny peer={k8s.app=b} proto=132 ports=0-65535: ns/random random.yaml:7:3
	 599: MovImm dst: r8 imm: 7
	 600: Ja off: -1 <verdict_deny>
default:
	    ; no entry matches: deny (enforced=true)
	 601: MovImm dst: r8 imm: 0
	 602: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 603: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 604: XorReg dst: r8 src: r1
	 605: XorReg dst: r8 src: r1
	 606: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 607: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 609: MovReg dst: r2 src: rfp
	 610: AddImm dst: r2 imm: -140
	 611: Call FnMapLookupElem
	 612: JEqImm dst: r0 off: -1 imm: 0 <count_done_57>
	 613: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 614: AddImm dst: r1 imm: 1
	 615: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 616: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 617: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 618: AddReg dst: r2 src: r1
	 619: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_57:
	 620: StMemW dst: rfp src: r0 off: -64 imm: 256
	 621: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 622: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 623: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 624: StMemW dst: rfp src: r0 off: -44 imm: 0
	 625: StMemW dst: rfp src: r0 off: -40 imm: 0
	 626: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 627: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_58>
	 628: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 629: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 630: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 631: OrImm dst: r1 imm: 67174400
	 632: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 633: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 634: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 635: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 636: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 637: StMemW dst: rfp src: r0 off: -32 imm: 0
	 638: StMemW dst: rfp src: r0 off: -16 imm: 0
	 639: StMemW dst: rfp src: r0 off: -28 imm: 0
	 640: StMemW dst: rfp src: r0 off: -12 imm: 0
	 641: StMemW dst: rfp src: r0 off: -24 imm: 0
	 642: StMemW dst: rfp src: r0 off: -8 imm: 0
	 643: Ja off: -1 <fam_done_59>
fam_v6_58:
	 644: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 645: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 646: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 647: OrImm dst: r1 imm: 100728832
	 648: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 649: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 650: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 651: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 652: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 653: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 654: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 655: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 656: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 657: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 658: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 659: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 660: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 661: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 662: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 663: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 664: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_59:
	 665: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 667: MovReg dst: r2 src: rfp
	 668: AddImm dst: r2 imm: -64
	 669: MovImm dst: r3 imm: 60
	 670: MovImm dst: r4 imm: 0
	 671: Call FnRingbufOutput
	 672: MovImm dst: r0 imm: 2
	 673: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 674: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 675: XorReg dst: r8 src: r1
	 676: XorReg dst: r8 src: r1
	 677: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 678: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 680: MovReg dst: r2 src: rfp
	 681: AddImm dst: r2 imm: -140
	 682: Call FnMapLookupElem
	 683: JEqImm dst: r0 off: -1 imm: 0 <count_done_60>
	 684: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 685: AddImm dst: r1 imm: 1
	 686: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 687: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 688: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 689: AddReg dst: r2 src: r1
	 690: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_60:
	 691: StMemW dst: rfp src: r0 off: -64 imm: 256
	 692: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 693: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 694: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 695: StMemW dst: rfp src: r0 off: -44 imm: 0
	 696: StMemW dst: rfp src: r0 off: -40 imm: 0
	 697: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 698: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_61>
	 699: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 700: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 701: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 702: OrImm dst: r1 imm: 67174656
	 703: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 704: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 705: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 706: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 707: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 708: StMemW dst: rfp src: r0 off: -32 imm: 0
	 709: StMemW dst: rfp src: r0 off: -16 imm: 0
	 710: StMemW dst: rfp src: r0 off: -28 imm: 0
	 711: StMemW dst: rfp src: r0 off: -12 imm: 0
	 712: StMemW dst: rfp src: r0 off: -24 imm: 0
	 713: StMemW dst: rfp src: r0 off: -8 imm: 0
	 714: Ja off: -1 <fam_done_62>
fam_v6_61:
	 715: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 716: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 717: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 718: OrImm dst: r1 imm: 100729088
	 719: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 720: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 721: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 722: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 723: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 724: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 725: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 726: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 727: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 728: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 729: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 730: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 731: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 732: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 733: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 734: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 735: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_62:
	 736: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 738: MovReg dst: r2 src: rfp
	 739: AddImm dst: r2 imm: -64
	 740: MovImm dst: r3 imm: 60
	 741: MovImm dst: r4 imm: 0
	 742: Call FnRingbufOutput
	 743: JSetImm dst: r7 off: -1 imm: 512 <fam_done_65>
	 744: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 745: StMemH dst: rfp src: r0 off: -168 imm: 0
	 746: StMemB dst: rfp src: r0 off: -166 imm: 1
	 747: StMemB dst: rfp src: r0 off: -165 imm: 1
	 748: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 749: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_64>
	 750: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 751: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 752: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_66>
	 753: JGTReg dst: r1 off: -1 src: r2 <ct_swap_67>
	 754: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 755: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 756: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_66>
	 757: JGTReg dst: r1 off: -1 src: r2 <ct_swap_67>
	 758: StMemB dst: rfp src: r0 off: -203 imm: 0
	 759: Ja off: -1 <ct_ordered_66>
ct_swap_67:
	 760: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 761: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 762: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 763: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 764: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 765: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 766: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 767: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 768: StMemH dst: rfp src: r0 off: -202 imm: 0
	 769: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_66:
	 770: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 772: MovReg dst: r2 src: rfp
	 773: AddImm dst: r2 imm: -216
	 774: MovReg dst: r3 src: rfp
	 775: AddImm dst: r3 imm: -172
	 776: MovImm dst: r4 imm: 0
	 777: Call FnMapUpdateElem
	 778: Ja off: -1 <fam_done_65>
fam_v6_64:
	 779: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 780: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 781: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_68>
	 782: JGTReg dst: r1 off: -1 src: r2 <ct_swap_69>
	 783: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 784: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 785: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_68>
	 786: JGTReg dst: r1 off: -1 src: r2 <ct_swap_69>
	 787: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 788: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 789: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_68>
	 790: JGTReg dst: r1 off: -1 src: r2 <ct_swap_69>
	 791: StMemB dst: rfp src: r0 off: -179 imm: 0
	 792: Ja off: -1 <ct_ordered_68>
ct_swap_69:
	 793: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 794: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 795: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 796: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 797: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 798: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 799: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 800: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 801: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 802: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 803: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 804: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 805: StMemH dst: rfp src: r0 off: -178 imm: 0
	 806: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_ordered_68:
	 807: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 809: MovReg dst: r2 src: rfp
	 810: AddImm dst: r2 imm: -216
	 811: MovReg dst: r3 src: rfp
	 812: AddImm dst: r3 imm: -172
	 813: MovImm dst: r4 imm: 0
	 814: Call FnMapUpdateElem
fam_done_65:
	 815: MovImm dst: r0 imm: 0
	 816: Exit
fragneeded:
	    ; ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed
	 817: StMemW dst: rfp src: r0 off: -140 imm: 9
	 818: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 820: MovReg dst: r2 src: rfp
	 821: AddImm dst: r2 imm: -140
	 822: Call FnMapLookupElem
	 823: JEqImm dst: r0 off: -1 imm: 0 <count_done_70>
	 824: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 825: AddImm dst: r1 imm: 1
	 826: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 827: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 828: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 829: AddReg dst: r2 src: r1
	 830: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_70:
	 831: MovImm dst: r0 imm: 0
	 832: Exit
neighbor:
	    ; IPv6 neighbor discovery: pass without policy, like ARP
	 833: StMemW dst: rfp src: r0 off: -140 imm: 8
	 834: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 836: MovReg dst: r2 src: rfp
	 837: AddImm dst: r2 imm: -140
	 838: Call FnMapLookupElem
	 839: JEqImm dst: r0 off: -1 imm: 0 <count_done_71>
	 840: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 841: AddImm dst: r1 imm: 1
	 842: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 843: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 844: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 845: AddReg dst: r2 src: r1
	 846: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_71:
	 847: MovImm dst: r0 imm: 0
	 848: Exit
malformed:
	    ; truncated or malformed header: drop
	 849: StMemW dst: rfp src: r0 off: -140 imm: 2
	 850: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 852: MovReg dst: r2 src: rfp
	 853: AddImm dst: r2 imm: -140
	 854: Call FnMapLookupElem
	 855: JEqImm dst: r0 off: -1 imm: 0 <count_done_72>
	 856: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 857: AddImm dst: r1 imm: 1
	 858: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 859: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 860: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 861: AddReg dst: r2 src: r1
	 862: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_72:
	 863: MovImm dst: r0 imm: 2
	 864: Exit

== subject-257 policy_ingress (section tcx/egress, enforced=false, 659 instructions)
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
	  70: JEqImm dst: r5 off: -1 imm: 1 <icmpx_4>
	  71: Ja off: -1 <l4done_4>
icmpx_4:
	    ; ICMP without ICMP entries: only neighbor discovery / fragmentation needed are special
	  72: MovReg dst: r0 src: r4
	  73: AddImm dst: r0 imm: 2
	  74: JGTReg dst: r0 off: -1 src: r3 <l4done_4>
	  75: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	  76: JNEImm dst: r1 off: -1 imm: 3 <l4done_4>
	  77: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	  78: JEqImm dst: r1 off: -1 imm: 4 <fragneeded>
	  79: Ja off: -1 <l4done_4>
tcp_4:
	  80: MovReg dst: r0 src: r4
	  81: AddImm dst: r0 imm: 20
	  82: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  83: Ja off: -1 <ports_4>
udp_4:
	  84: MovReg dst: r0 src: r4
	  85: AddImm dst: r0 imm: 8
	  86: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  87: Ja off: -1 <ports_4>
sctp_4:
	  88: MovReg dst: r0 src: r4
	  89: AddImm dst: r0 imm: 12
	  90: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  91: Ja off: -1 <ports_4>
ports_4:
	  92: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  93: StXMemW dst: rfp src: r1 off: -208 imm: 0
	  94: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  95: SwapBE dst: r8 
	  96: Ja off: -1 <l4done_4>
l4done_4:
	  97: StXMemB dst: rfp src: r5 off: -204 imm: 0
	  98: StMemB dst: rfp src: r0 off: -203 imm: 0
	  99: StMemH dst: rfp src: r0 off: -202 imm: 0
	 100: StMemW dst: rfp src: r0 off: -200 imm: 257
	 101: StMemB dst: rfp src: r0 off: -136 imm: 4
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 102: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 103: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 104: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 105: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 106: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 107: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 108: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 109: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 110: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 111: StMemB dst: rfp src: r0 off: -203 imm: 0
	 112: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	 113: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 114: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 115: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 116: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 117: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 118: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 119: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 120: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 121: StMemH dst: rfp src: r0 off: -202 imm: 0
	 122: StMemB dst: rfp src: r0 off: -203 imm: 1
	 123: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 125: MovReg dst: r2 src: rfp
	 126: AddImm dst: r2 imm: -216
	 127: Call FnMapLookupElem
	 128: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	 129: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 130: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 131: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	 132: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 133: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 134: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 135: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 136: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 137: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 138: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 139: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 140: StMemH dst: rfp src: r0 off: -202 imm: 0
	 141: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	 142: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 144: MovReg dst: r2 src: rfp
	 145: AddImm dst: r2 imm: -216
	 146: Call FnMapLookupElem
	 147: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 148: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 149: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 150: Ja off: -1 <ct_reply>
ct_miss_3:
	 151: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_skip_2:
	 152: StMemW dst: rfp src: r0 off: -144 imm: 0
	 153: Ja off: -1 <default>
ipv6:
	    ; IPv6 header
	 154: MovReg dst: r0 src: r4
	 155: AddImm dst: r0 imm: 40
	 156: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 157: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 158: AndImm dst: r1 imm: 240
	 159: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 160: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 161: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 162: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 163: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 164: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 165: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 166: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 167: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 168: MovImm dst: r7 imm: 0
	 169: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 170: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
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
	 193: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 194: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 195: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 196: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 197: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 198: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 199: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 200: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 201: Ja off: -1 <l4_6>
v6_opt_11:
	 202: MovReg dst: r0 src: r4
	 203: AddImm dst: r0 imm: 8
	 204: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 205: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 206: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 207: AddImm dst: r1 imm: 1
	 208: LShImm dst: r1 imm: 3
	 209: AddReg dst: r4 src: r1
	 210: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 211: MovReg dst: r0 src: r4
	 212: AddImm dst: r0 imm: 8
	 213: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 214: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 215: SwapBE dst: r1 
	 216: AndImm dst: r1 imm: 65528
	 217: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 218: OrImm dst: r7 imm: 768
	 219: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 220: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 221: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 222: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 223: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 224: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 225: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 226: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 227: Ja off: -1 <l4_6>
v6_opt_15:
	 228: MovReg dst: r0 src: r4
	 229: AddImm dst: r0 imm: 8
	 230: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 231: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 232: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 233: AddImm dst: r1 imm: 1
	 234: LShImm dst: r1 imm: 3
	 235: AddReg dst: r4 src: r1
	 236: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 237: MovReg dst: r0 src: r4
	 238: AddImm dst: r0 imm: 8
	 239: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 240: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 241: SwapBE dst: r1 
	 242: AndImm dst: r1 imm: 65528
	 243: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 244: OrImm dst: r7 imm: 768
	 245: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 246: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 247: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 248: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 249: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 250: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 251: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 252: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 253: Ja off: -1 <l4_6>
v6_opt_19:
	 254: MovReg dst: r0 src: r4
	 255: AddImm dst: r0 imm: 8
	 256: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 257: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 258: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 259: AddImm dst: r1 imm: 1
	 260: LShImm dst: r1 imm: 3
	 261: AddReg dst: r4 src: r1
	 262: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 263: MovReg dst: r0 src: r4
	 264: AddImm dst: r0 imm: 8
	 265: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 266: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 267: SwapBE dst: r1 
	 268: AndImm dst: r1 imm: 65528
	 269: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 270: OrImm dst: r7 imm: 768
	 271: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 272: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 273: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 274: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 275: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 276: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 277: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 278: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 279: Ja off: -1 <l4_6>
v6_opt_23:
	 280: MovReg dst: r0 src: r4
	 281: AddImm dst: r0 imm: 8
	 282: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 283: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 284: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 285: AddImm dst: r1 imm: 1
	 286: LShImm dst: r1 imm: 3
	 287: AddReg dst: r4 src: r1
	 288: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 289: MovReg dst: r0 src: r4
	 290: AddImm dst: r0 imm: 8
	 291: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 292: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 293: SwapBE dst: r1 
	 294: AndImm dst: r1 imm: 65528
	 295: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 296: OrImm dst: r7 imm: 768
	 297: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 298: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 299: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 300: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 301: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 302: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 303: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 304: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 305: Ja off: -1 <l4_6>
v6_opt_27:
	 306: MovReg dst: r0 src: r4
	 307: AddImm dst: r0 imm: 8
	 308: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 309: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 310: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 311: AddImm dst: r1 imm: 1
	 312: LShImm dst: r1 imm: 3
	 313: AddReg dst: r4 src: r1
	 314: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 315: MovReg dst: r0 src: r4
	 316: AddImm dst: r0 imm: 8
	 317: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 318: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 319: SwapBE dst: r1 
	 320: AndImm dst: r1 imm: 65528
	 321: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 322: OrImm dst: r7 imm: 768
	 323: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 324: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 325: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 326: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 327: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 328: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 329: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 330: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 331: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 332: OrReg dst: r7 src: r5
	 333: MovImm dst: r8 imm: 0
	 334: StMemW dst: rfp src: r0 off: -184 imm: 0
	 335: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 336: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 337: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 338: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 339: JEqImm dst: r5 off: -1 imm: 58 <icmpx_6>
	 340: Ja off: -1 <l4done_6>
icmpx_6:
	    ; ICMP without ICMP entries: only neighbor discovery / fragmentation needed are special
	 341: MovReg dst: r0 src: r4
	 342: AddImm dst: r0 imm: 2
	 343: JGTReg dst: r0 off: -1 src: r3 <l4done_6>
	 344: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 345: JLTImm dst: r1 off: -1 imm: 133 <l4done_6>
	 346: JLEImm dst: r1 off: -1 imm: 137 <neighbor>
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
	 361: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 362: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 363: SwapBE dst: r8 
	 364: Ja off: -1 <l4done_6>
l4done_6:
	 365: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 366: StMemB dst: rfp src: r0 off: -179 imm: 0
	 367: StMemH dst: rfp src: r0 off: -178 imm: 0
	 368: StMemW dst: rfp src: r0 off: -176 imm: 257
	 369: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 370: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 371: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 372: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 373: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 374: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 375: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 376: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 377: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 378: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 379: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 380: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 381: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 382: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 383: StMemB dst: rfp src: r0 off: -179 imm: 0
	 384: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 385: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 386: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 387: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 388: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 389: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 390: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 391: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 392: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 393: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 394: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 395: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 396: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 397: StMemH dst: rfp src: r0 off: -178 imm: 0
	 398: StMemB dst: rfp src: r0 off: -179 imm: 1
	 399: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 401: MovReg dst: r2 src: rfp
	 402: AddImm dst: r2 imm: -216
	 403: Call FnMapLookupElem
	 404: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 405: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 406: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 407: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 408: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 409: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 410: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 411: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 412: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 413: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 414: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 415: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 416: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 417: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 418: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 419: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 420: StMemH dst: rfp src: r0 off: -178 imm: 0
	 421: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 422: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 424: MovReg dst: r2 src: rfp
	 425: AddImm dst: r2 imm: -216
	 426: Call FnMapLookupElem
	 427: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 428: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 429: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 430: Ja off: -1 <ct_reply>
ct_miss_35:
	 431: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_skip_34:
	 432: StMemW dst: rfp src: r0 off: -144 imm: 0
	 433: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 434: StMemW dst: rfp src: r0 off: -140 imm: 3
	 435: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 437: MovReg dst: r2 src: rfp
	 438: AddImm dst: r2 imm: -140
	 439: Call FnMapLookupElem
	 440: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 441: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 442: AddImm dst: r1 imm: 1
	 443: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 444: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 445: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 446: AddReg dst: r2 src: r1
	 447: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 448: MovImm dst: r0 imm: 0
	 449: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 450: StMemW dst: rfp src: r0 off: -140 imm: 4
	 451: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 453: MovReg dst: r2 src: rfp
	 454: AddImm dst: r2 imm: -140
	 455: Call FnMapLookupElem
	 456: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 457: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 458: AddImm dst: r1 imm: 1
	 459: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 460: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 461: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 462: AddReg dst: r2 src: r1
	 463: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 464: MovImm dst: r0 imm: 0
	 465: Exit
default:
	    ; no entry matches: allow (enforced=false)
	 466: MovImm dst: r8 imm: 0
	 467: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 468: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 469: XorReg dst: r8 src: r1
	 470: XorReg dst: r8 src: r1
	 471: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 472: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 474: MovReg dst: r2 src: rfp
	 475: AddImm dst: r2 imm: -140
	 476: Call FnMapLookupElem
	 477: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 478: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 479: AddImm dst: r1 imm: 1
	 480: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 481: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 482: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 483: AddReg dst: r2 src: r1
	 484: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 485: StMemW dst: rfp src: r0 off: -60 imm: 257
	 486: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 487: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 488: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 489: StMemW dst: rfp src: r0 off: -44 imm: 0
	 490: StMemW dst: rfp src: r0 off: -40 imm: 0
	 491: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 492: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 493: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 494: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 495: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 496: OrImm dst: r1 imm: 67109120
	 497: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 498: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 499: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 500: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 501: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 502: StMemW dst: rfp src: r0 off: -32 imm: 0
	 503: StMemW dst: rfp src: r0 off: -16 imm: 0
	 504: StMemW dst: rfp src: r0 off: -28 imm: 0
	 505: StMemW dst: rfp src: r0 off: -12 imm: 0
	 506: StMemW dst: rfp src: r0 off: -24 imm: 0
	 507: StMemW dst: rfp src: r0 off: -8 imm: 0
	 508: Ja off: -1 <fam_done_43>
fam_v6_42:
	 509: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 510: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 511: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 512: OrImm dst: r1 imm: 100663552
	 513: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 514: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 515: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 516: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 517: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 518: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 519: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 520: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 521: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 522: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 523: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 524: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 525: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 526: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 527: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 528: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 529: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 530: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 532: MovReg dst: r2 src: rfp
	 533: AddImm dst: r2 imm: -64
	 534: MovImm dst: r3 imm: 60
	 535: MovImm dst: r4 imm: 0
	 536: Call FnRingbufOutput
	 537: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 538: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 539: StMemH dst: rfp src: r0 off: -168 imm: 0
	 540: StMemB dst: rfp src: r0 off: -166 imm: 1
	 541: StMemB dst: rfp src: r0 off: -165 imm: 0
	 542: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 543: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 544: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 545: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 546: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 547: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 548: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 549: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 550: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 551: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 552: StMemB dst: rfp src: r0 off: -203 imm: 0
	 553: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 554: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 555: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 556: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 557: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 558: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 559: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 560: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 561: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 562: StMemH dst: rfp src: r0 off: -202 imm: 0
	 563: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_47:
	 564: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 566: MovReg dst: r2 src: rfp
	 567: AddImm dst: r2 imm: -216
	 568: MovReg dst: r3 src: rfp
	 569: AddImm dst: r3 imm: -172
	 570: MovImm dst: r4 imm: 0
	 571: Call FnMapUpdateElem
	 572: Ja off: -1 <fam_done_46>
fam_v6_45:
	 573: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 574: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 575: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 576: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 577: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 578: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 579: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 580: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 581: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 582: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 583: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 584: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 585: StMemB dst: rfp src: r0 off: -179 imm: 0
	 586: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 587: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 588: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 589: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 590: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 591: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 592: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 593: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 594: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 595: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 596: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 597: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 598: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 599: StMemH dst: rfp src: r0 off: -178 imm: 0
	 600: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_49:
	 601: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 603: MovReg dst: r2 src: rfp
	 604: AddImm dst: r2 imm: -216
	 605: MovReg dst: r3 src: rfp
	 606: AddImm dst: r3 imm: -172
	 607: MovImm dst: r4 imm: 0
	 608: Call FnMapUpdateElem
fam_done_46:
	 609: MovImm dst: r0 imm: 0
	 610: Exit
fragneeded:
	    ; ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed
	 611: StMemW dst: rfp src: r0 off: -140 imm: 9
	 612: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 614: MovReg dst: r2 src: rfp
	 615: AddImm dst: r2 imm: -140
	 616: Call FnMapLookupElem
	 617: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 618: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 619: AddImm dst: r1 imm: 1
	 620: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 621: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 622: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 623: AddReg dst: r2 src: r1
	 624: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 625: MovImm dst: r0 imm: 0
	 626: Exit
neighbor:
	    ; IPv6 neighbor discovery: pass without policy, like ARP
	 627: StMemW dst: rfp src: r0 off: -140 imm: 8
	 628: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 630: MovReg dst: r2 src: rfp
	 631: AddImm dst: r2 imm: -140
	 632: Call FnMapLookupElem
	 633: JEqImm dst: r0 off: -1 imm: 0 <count_done_52>
	 634: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 635: AddImm dst: r1 imm: 1
	 636: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 637: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 638: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 639: AddReg dst: r2 src: r1
	 640: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_52:
	 641: MovImm dst: r0 imm: 0
	 642: Exit
malformed:
	    ; truncated or malformed header: drop
	 643: StMemW dst: rfp src: r0 off: -140 imm: 2
	 644: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 646: MovReg dst: r2 src: rfp
	 647: AddImm dst: r2 imm: -140
	 648: Call FnMapLookupElem
	 649: JEqImm dst: r0 off: -1 imm: 0 <count_done_53>
	 650: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 651: AddImm dst: r1 imm: 1
	 652: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 653: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 654: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 655: AddReg dst: r2 src: r1
	 656: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_53:
	 657: MovImm dst: r0 imm: 2
	 658: Exit

== subject-257 policy_egress (section tcx/ingress, enforced=true, 841 instructions)
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
	  70: JEqImm dst: r5 off: -1 imm: 1 <icmpx_4>
	  71: Ja off: -1 <l4done_4>
icmpx_4:
	    ; ICMP without ICMP entries: only neighbor discovery / fragmentation needed are special
	  72: MovReg dst: r0 src: r4
	  73: AddImm dst: r0 imm: 2
	  74: JGTReg dst: r0 off: -1 src: r3 <l4done_4>
	  75: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	  76: JNEImm dst: r1 off: -1 imm: 3 <l4done_4>
	  77: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	  78: JEqImm dst: r1 off: -1 imm: 4 <fragneeded>
	  79: Ja off: -1 <l4done_4>
tcp_4:
	  80: MovReg dst: r0 src: r4
	  81: AddImm dst: r0 imm: 20
	  82: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  83: Ja off: -1 <ports_4>
udp_4:
	  84: MovReg dst: r0 src: r4
	  85: AddImm dst: r0 imm: 8
	  86: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  87: Ja off: -1 <ports_4>
sctp_4:
	  88: MovReg dst: r0 src: r4
	  89: AddImm dst: r0 imm: 12
	  90: JGTReg dst: r0 off: -1 src: r3 <malformed>
	  91: Ja off: -1 <ports_4>
ports_4:
	  92: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	  93: StXMemW dst: rfp src: r1 off: -208 imm: 0
	  94: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	  95: SwapBE dst: r8 
	  96: Ja off: -1 <l4done_4>
l4done_4:
	  97: StXMemB dst: rfp src: r5 off: -204 imm: 0
	  98: StMemB dst: rfp src: r0 off: -203 imm: 1
	  99: StMemH dst: rfp src: r0 off: -202 imm: 0
	 100: StMemW dst: rfp src: r0 off: -200 imm: 257
	 101: StMemB dst: rfp src: r0 off: -136 imm: 4
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 102: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_2>
	 103: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 104: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 105: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 106: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 107: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 108: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 109: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_5>
	 110: JGTReg dst: r1 off: -1 src: r2 <ct_swap_6>
	 111: StMemB dst: rfp src: r0 off: -203 imm: 0
	 112: Ja off: -1 <ct_ordered_5>
ct_swap_6:
	 113: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 114: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 115: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 116: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 117: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 118: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 119: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 120: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 121: StMemH dst: rfp src: r0 off: -202 imm: 0
	 122: StMemB dst: rfp src: r0 off: -203 imm: 0
	 123: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 125: MovReg dst: r2 src: rfp
	 126: AddImm dst: r2 imm: -216
	 127: Call FnMapLookupElem
	 128: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_4>
	 129: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 130: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 131: Ja off: -1 <ct_reply>
ct_miss_swapped_4:
	 132: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 133: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 134: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 135: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 136: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 137: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 138: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 139: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 140: StMemH dst: rfp src: r0 off: -202 imm: 0
	 141: Ja off: -1 <ct_miss_3>
ct_ordered_5:
	 142: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 144: MovReg dst: r2 src: rfp
	 145: AddImm dst: r2 imm: -216
	 146: Call FnMapLookupElem
	 147: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_3>
	 148: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 149: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 150: Ja off: -1 <ct_reply>
ct_miss_3:
	 151: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_skip_2:
	    ; peer identity (IPv4): exact ipcache, then prefixes, else world
	 152: LoadMapPtr dst: r1 fd: 0 <policyc_ipc4>
	 154: MovReg dst: r2 src: rfp
	 155: AddImm dst: r2 imm: -212
	 156: Call FnMapLookupElem
	 157: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 158: StMemW dst: rfp src: r0 off: -164 imm: 32
	 159: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 160: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 161: LoadMapPtr dst: r1 fd: 0 <policyc_lpm4>
	 163: MovReg dst: r2 src: rfp
	 164: AddImm dst: r2 imm: -164
	 165: Call FnMapLookupElem
	 166: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 167: StMemW dst: rfp src: r0 off: -144 imm: 9
	 168: Ja off: -1 <membership>
ipv6:
	    ; IPv6 header
	 169: MovReg dst: r0 src: r4
	 170: AddImm dst: r0 imm: 40
	 171: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 172: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 173: AndImm dst: r1 imm: 240
	 174: JNEImm dst: r1 off: -1 imm: 96 <malformed>
	 175: LdXMemDW dst: r1 src: r4 off: 8 imm: 0
	 176: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 177: LdXMemDW dst: r1 src: r4 off: 24 imm: 0
	 178: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 179: LdXMemDW dst: r1 src: r4 off: 16 imm: 0
	 180: StXMemDW dst: rfp src: r1 off: -208 imm: 0
	 181: LdXMemDW dst: r1 src: r4 off: 32 imm: 0
	 182: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 183: MovImm dst: r7 imm: 0
	 184: LdXMemB dst: r5 src: r4 off: 6 imm: 0
	 185: AddImm dst: r4 imm: 40
	    ; IPv6 extension header 1
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
	 208: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 209: Ja off: -1 <l4_6>
v6_fragfirst_9:
	 210: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 211: AddImm dst: r4 imm: 8
v6_ext_10:
	    ; IPv6 extension header 2
	 212: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_11>
	 213: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_11>
	 214: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_11>
	 215: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_12>
	 216: Ja off: -1 <l4_6>
v6_opt_11:
	 217: MovReg dst: r0 src: r4
	 218: AddImm dst: r0 imm: 8
	 219: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 220: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 221: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 222: AddImm dst: r1 imm: 1
	 223: LShImm dst: r1 imm: 3
	 224: AddReg dst: r4 src: r1
	 225: Ja off: -1 <v6_ext_14>
v6_frag_12:
	 226: MovReg dst: r0 src: r4
	 227: AddImm dst: r0 imm: 8
	 228: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 229: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 230: SwapBE dst: r1 
	 231: AndImm dst: r1 imm: 65528
	 232: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_13>
	 233: OrImm dst: r7 imm: 768
	 234: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 235: Ja off: -1 <l4_6>
v6_fragfirst_13:
	 236: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 237: AddImm dst: r4 imm: 8
v6_ext_14:
	    ; IPv6 extension header 3
	 238: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_15>
	 239: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_15>
	 240: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_15>
	 241: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_16>
	 242: Ja off: -1 <l4_6>
v6_opt_15:
	 243: MovReg dst: r0 src: r4
	 244: AddImm dst: r0 imm: 8
	 245: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 246: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 247: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 248: AddImm dst: r1 imm: 1
	 249: LShImm dst: r1 imm: 3
	 250: AddReg dst: r4 src: r1
	 251: Ja off: -1 <v6_ext_18>
v6_frag_16:
	 252: MovReg dst: r0 src: r4
	 253: AddImm dst: r0 imm: 8
	 254: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 255: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 256: SwapBE dst: r1 
	 257: AndImm dst: r1 imm: 65528
	 258: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_17>
	 259: OrImm dst: r7 imm: 768
	 260: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 261: Ja off: -1 <l4_6>
v6_fragfirst_17:
	 262: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 263: AddImm dst: r4 imm: 8
v6_ext_18:
	    ; IPv6 extension header 4
	 264: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_19>
	 265: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_19>
	 266: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_19>
	 267: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_20>
	 268: Ja off: -1 <l4_6>
v6_opt_19:
	 269: MovReg dst: r0 src: r4
	 270: AddImm dst: r0 imm: 8
	 271: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 272: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 273: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 274: AddImm dst: r1 imm: 1
	 275: LShImm dst: r1 imm: 3
	 276: AddReg dst: r4 src: r1
	 277: Ja off: -1 <v6_ext_22>
v6_frag_20:
	 278: MovReg dst: r0 src: r4
	 279: AddImm dst: r0 imm: 8
	 280: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 281: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 282: SwapBE dst: r1 
	 283: AndImm dst: r1 imm: 65528
	 284: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_21>
	 285: OrImm dst: r7 imm: 768
	 286: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 287: Ja off: -1 <l4_6>
v6_fragfirst_21:
	 288: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 289: AddImm dst: r4 imm: 8
v6_ext_22:
	    ; IPv6 extension header 5
	 290: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_23>
	 291: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_23>
	 292: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_23>
	 293: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_24>
	 294: Ja off: -1 <l4_6>
v6_opt_23:
	 295: MovReg dst: r0 src: r4
	 296: AddImm dst: r0 imm: 8
	 297: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 298: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 299: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 300: AddImm dst: r1 imm: 1
	 301: LShImm dst: r1 imm: 3
	 302: AddReg dst: r4 src: r1
	 303: Ja off: -1 <v6_ext_26>
v6_frag_24:
	 304: MovReg dst: r0 src: r4
	 305: AddImm dst: r0 imm: 8
	 306: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 307: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 308: SwapBE dst: r1 
	 309: AndImm dst: r1 imm: 65528
	 310: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_25>
	 311: OrImm dst: r7 imm: 768
	 312: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 313: Ja off: -1 <l4_6>
v6_fragfirst_25:
	 314: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 315: AddImm dst: r4 imm: 8
v6_ext_26:
	    ; IPv6 extension header 6
	 316: JEqImm dst: r5 off: -1 imm: 0 <v6_opt_27>
	 317: JEqImm dst: r5 off: -1 imm: 43 <v6_opt_27>
	 318: JEqImm dst: r5 off: -1 imm: 60 <v6_opt_27>
	 319: JEqImm dst: r5 off: -1 imm: 44 <v6_frag_28>
	 320: Ja off: -1 <l4_6>
v6_opt_27:
	 321: MovReg dst: r0 src: r4
	 322: AddImm dst: r0 imm: 8
	 323: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 324: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 325: LdXMemB dst: r1 src: r4 off: 1 imm: 0
	 326: AddImm dst: r1 imm: 1
	 327: LShImm dst: r1 imm: 3
	 328: AddReg dst: r4 src: r1
	 329: Ja off: -1 <v6_ext_30>
v6_frag_28:
	 330: MovReg dst: r0 src: r4
	 331: AddImm dst: r0 imm: 8
	 332: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 333: LdXMemH dst: r1 src: r4 off: 2 imm: 0
	 334: SwapBE dst: r1 
	 335: AndImm dst: r1 imm: 65528
	 336: JEqImm dst: r1 off: -1 imm: 0 <v6_fragfirst_29>
	 337: OrImm dst: r7 imm: 768
	 338: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 339: Ja off: -1 <l4_6>
v6_fragfirst_29:
	 340: LdXMemB dst: r5 src: r4 off: 0 imm: 0
	 341: AddImm dst: r4 imm: 8
v6_ext_30:
	    ; IPv6 extension header 7
	 342: JEqImm dst: r5 off: -1 imm: 0 <malformed>
	 343: JEqImm dst: r5 off: -1 imm: 43 <malformed>
	 344: JEqImm dst: r5 off: -1 imm: 60 <malformed>
	 345: JEqImm dst: r5 off: -1 imm: 44 <malformed>
	 346: Ja off: -1 <l4_6>
l4_6:
	    ; transport header (IPv6)
	 347: OrReg dst: r7 src: r5
	 348: MovImm dst: r8 imm: 0
	 349: StMemW dst: rfp src: r0 off: -184 imm: 0
	 350: JSetImm dst: r7 off: -1 imm: 256 <l4done_6>
	 351: JEqImm dst: r5 off: -1 imm: 6 <tcp_6>
	 352: JEqImm dst: r5 off: -1 imm: 17 <udp_6>
	 353: JEqImm dst: r5 off: -1 imm: 132 <sctp_6>
	 354: JEqImm dst: r5 off: -1 imm: 58 <icmpx_6>
	 355: Ja off: -1 <l4done_6>
icmpx_6:
	    ; ICMP without ICMP entries: only neighbor discovery / fragmentation needed are special
	 356: MovReg dst: r0 src: r4
	 357: AddImm dst: r0 imm: 2
	 358: JGTReg dst: r0 off: -1 src: r3 <l4done_6>
	 359: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 360: JLTImm dst: r1 off: -1 imm: 133 <l4done_6>
	 361: JLEImm dst: r1 off: -1 imm: 137 <neighbor>
	 362: Ja off: -1 <l4done_6>
tcp_6:
	 363: MovReg dst: r0 src: r4
	 364: AddImm dst: r0 imm: 20
	 365: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 366: Ja off: -1 <ports_6>
udp_6:
	 367: MovReg dst: r0 src: r4
	 368: AddImm dst: r0 imm: 8
	 369: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 370: Ja off: -1 <ports_6>
sctp_6:
	 371: MovReg dst: r0 src: r4
	 372: AddImm dst: r0 imm: 12
	 373: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 374: Ja off: -1 <ports_6>
ports_6:
	 375: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 376: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 377: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 378: SwapBE dst: r8 
	 379: Ja off: -1 <l4done_6>
l4done_6:
	 380: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 381: StMemB dst: rfp src: r0 off: -179 imm: 1
	 382: StMemH dst: rfp src: r0 off: -178 imm: 0
	 383: StMemW dst: rfp src: r0 off: -176 imm: 257
	 384: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 385: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 386: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 387: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 388: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 389: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 390: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 391: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 392: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 393: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 394: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 395: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 396: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 397: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 398: StMemB dst: rfp src: r0 off: -179 imm: 0
	 399: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 400: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 401: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 402: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 403: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 404: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 405: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 406: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 407: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 408: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 409: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 410: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 411: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 412: StMemH dst: rfp src: r0 off: -178 imm: 0
	 413: StMemB dst: rfp src: r0 off: -179 imm: 0
	 414: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 416: MovReg dst: r2 src: rfp
	 417: AddImm dst: r2 imm: -216
	 418: Call FnMapLookupElem
	 419: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 420: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 421: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 422: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
	 423: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 424: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 425: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 426: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 427: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 428: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 429: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 430: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 431: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 432: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 433: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 434: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 435: StMemH dst: rfp src: r0 off: -178 imm: 0
	 436: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 437: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 439: MovReg dst: r2 src: rfp
	 440: AddImm dst: r2 imm: -216
	 441: Call FnMapLookupElem
	 442: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 443: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 444: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 445: Ja off: -1 <ct_reply>
ct_miss_35:
	 446: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_skip_34:
	    ; peer identity (IPv6): exact ipcache, then prefixes, else world
	 447: LoadMapPtr dst: r1 fd: 0 <policyc_ipc6>
	 449: MovReg dst: r2 src: rfp
	 450: AddImm dst: r2 imm: -200
	 451: Call FnMapLookupElem
	 452: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 453: StMemW dst: rfp src: r0 off: -164 imm: 128
	 454: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 455: StXMemW dst: rfp src: r1 off: -160 imm: 0
	 456: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 457: StXMemW dst: rfp src: r1 off: -156 imm: 0
	 458: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 459: StXMemW dst: rfp src: r1 off: -152 imm: 0
	 460: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 461: StXMemW dst: rfp src: r1 off: -148 imm: 0
	 462: LoadMapPtr dst: r1 fd: 0 <policyc_lpm6>
	 464: MovReg dst: r2 src: rfp
	 465: AddImm dst: r2 imm: -164
	 466: Call FnMapLookupElem
	 467: JNEImm dst: r0 off: -1 imm: 0 <have_identity>
	 468: StMemW dst: rfp src: r0 off: -144 imm: 10
	 469: Ja off: -1 <membership>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 470: StMemW dst: rfp src: r0 off: -140 imm: 3
	 471: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 473: MovReg dst: r2 src: rfp
	 474: AddImm dst: r2 imm: -140
	 475: Call FnMapLookupElem
	 476: JEqImm dst: r0 off: -1 imm: 0 <count_done_39>
	 477: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 478: AddImm dst: r1 imm: 1
	 479: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 480: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 481: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 482: AddReg dst: r2 src: r1
	 483: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_39:
	 484: MovImm dst: r0 imm: 0
	 485: Exit
ct_reply:
	    ; conntrack: reply of a flow this subject allowed, pass
	 486: StMemW dst: rfp src: r0 off: -140 imm: 4
	 487: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 489: MovReg dst: r2 src: rfp
	 490: AddImm dst: r2 imm: -140
	 491: Call FnMapLookupElem
	 492: JEqImm dst: r0 off: -1 imm: 0 <count_done_40>
	 493: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 494: AddImm dst: r1 imm: 1
	 495: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 496: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 497: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 498: AddReg dst: r2 src: r1
	 499: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_40:
	 500: MovImm dst: r0 imm: 0
	 501: Exit
have_identity:
	 502: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 503: StXMemW dst: rfp src: r1 off: -144 imm: 0
	    ; ipcache hit: identity and the membership words the decision reads, from its value
	 504: LdXMemW dst: r1 src: r0 off: 4 imm: 0
	 505: StXMemW dst: rfp src: r1 off: -128 imm: 0
	 506: Ja off: -1 <words_ready>
membership:
	    ; selector membership of the world identity
	 507: LoadMapPtr dst: r1 fd: 0 <policyc_sel>
	 509: MovReg dst: r2 src: rfp
	 510: AddImm dst: r2 imm: -144
	 511: Call FnMapLookupElem
	 512: JEqImm dst: r0 off: -1 imm: 0 <no_identity>
	 513: LdXMemW dst: r1 src: r0 off: 0 imm: 0
	 514: StXMemW dst: rfp src: r1 off: -128 imm: 0
words_ready:
	 515: MovReg dst: r9 src: rfp
	 516: AddImm dst: r9 imm: -128
	 517: Ja off: -1 <decide>
no_identity:
	    ; peer identity unknown to the membership map: matches no selector
	 518: StMemW dst: rfp src: r0 off: -140 imm: 6
	 519: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 521: MovReg dst: r2 src: rfp
	 522: AddImm dst: r2 imm: -140
	 523: Call FnMapLookupElem
	 524: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 525: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 526: AddImm dst: r1 imm: 1
	 527: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 528: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 529: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 530: AddReg dst: r2 src: r1
	 531: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 532: Ja off: -1 <default>
decide:
	    ; decision: dispatch on protocol (fragments: port-wildcard entries only)
	 533: MovReg dst: r1 src: r7
	 534: AndImm dst: r1 imm: 511
	 535: JEqImm dst: r1 off: -1 imm: 17 <tree_17>
	 536: JEqImm dst: r1 off: -1 imm: 132 <tree_132>
	 537: Ja off: -1 <class_0>
tree_17:
	    ; protocol 17: port compare tree over 4 intervals
	 538: JGEImm dst: r8 off: -1 imm: 10000 <ge_42>
	 539: JGEImm dst: r8 off: -1 imm: 1023 <ge_43>
	 540: Ja off: -1 <class_0>
ge_43:
	 541: Ja off: -1 <class_1>
ge_42:
	 542: JGEImm dst: r8 off: -1 imm: 10001 <ge_44>
	 543: Ja off: -1 <class_2>
ge_44:
	 544: Ja off: -1 <class_0>
tree_132:
	    ; protocol 132: port compare tree over 2 intervals
	 545: JGEImm dst: r8 off: -1 imm: 80 <ge_45>
	 546: Ja off: -1 <class_3>
ge_45:
	 547: Ja off: -1 <class_0>
class_0:
	    ; class 0: candidates in precedence order [13]
	 548: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 549: JSet32Imm dst: r1 off: -1 imm: 4 <c0_entry13_46>
	 550: Ja off: -1 <default>
c0_entry13_46:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 551: MovImm dst: r8 imm: 13
	 552: Ja off: -1 <verdict_deny>
class_1:
	    ; class 1: candidates in precedence order [13 11]
	 553: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 554: JSet32Imm dst: r1 off: -1 imm: 4 <c1_entry13_47>
	 555: JSet32Imm dst: r1 off: -1 imm: 1 <c1_entry11_48>
	 556: Ja off: -1 <default>
c1_entry13_47:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 557: MovImm dst: r8 imm: 13
	 558: Ja off: -1 <verdict_deny>
c1_entry11_48:
	    ; entry 11 allow peer={} proto=17 ports=1023-9999: ns/random random.yaml:11:3
	 559: MovImm dst: r8 imm: 11
	 560: Ja off: -1 <verdict_allow>
class_2:
	    ; class 2: candidates in precedence order [13 10]
	 561: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 562: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry13_49>
	 563: JSet32Imm dst: r1 off: -1 imm: 4 <c2_entry10_50>
	 564: Ja off: -1 <default>
c2_entry13_49:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 565: MovImm dst: r8 imm: 13
	 566: Ja off: -1 <verdict_deny>
c2_entry10_50:
	    ; entry 10 allow peer={reserved.host=} proto=17 ports=10000-10000: ns/random random.yaml:10:3
	 567: MovImm dst: r8 imm: 10
	 568: Ja off: -1 <verdict_allow>
class_3:
	    ; class 3: candidates in precedence order [13 12]
	 569: LdXMemW dst: r1 src: r9 off: 0 imm: 0
	 570: JSet32Imm dst: r1 off: -1 imm: 4 <c3_entry13_51>
	 571: JSet32Imm dst: r1 off: -1 imm: 16 <c3_entry12_52>
	 572: Ja off: -1 <default>
c3_entry13_51:
	    ; entry 13 deny peer={reserved.host=} proto=0 ports=0-65535: ns/random random.yaml:13:3
	 573: MovImm dst: r8 imm: 13
	 574: Ja off: -1 <verdict_deny>
c3_entry12_52:
	    ; entry 12 allow peer={!any.env} proto=132 ports=0-79: ns/random random.yaml:12:3
	 575: MovImm dst: r8 imm: 12
	 576: Ja off: -1 <verdict_allow>
default:
	    ; no entry matches: deny (enforced=true)
	 577: MovImm dst: r8 imm: 0
	 578: Ja off: -1 <verdict_deny>
verdict_deny:
	    ; verdict deny: count, emit an event, drop (never recorded)
	 579: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 580: XorReg dst: r8 src: r1
	 581: XorReg dst: r8 src: r1
	 582: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 583: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 585: MovReg dst: r2 src: rfp
	 586: AddImm dst: r2 imm: -140
	 587: Call FnMapLookupElem
	 588: JEqImm dst: r0 off: -1 imm: 0 <count_done_53>
	 589: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 590: AddImm dst: r1 imm: 1
	 591: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 592: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 593: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 594: AddReg dst: r2 src: r1
	 595: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_53:
	 596: StMemW dst: rfp src: r0 off: -64 imm: 257
	 597: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 598: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 599: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 600: StMemW dst: rfp src: r0 off: -44 imm: 0
	 601: StMemW dst: rfp src: r0 off: -40 imm: 0
	 602: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 603: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_54>
	 604: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 605: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 606: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 607: OrImm dst: r1 imm: 67174400
	 608: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 609: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 610: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 611: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 612: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 613: StMemW dst: rfp src: r0 off: -32 imm: 0
	 614: StMemW dst: rfp src: r0 off: -16 imm: 0
	 615: StMemW dst: rfp src: r0 off: -28 imm: 0
	 616: StMemW dst: rfp src: r0 off: -12 imm: 0
	 617: StMemW dst: rfp src: r0 off: -24 imm: 0
	 618: StMemW dst: rfp src: r0 off: -8 imm: 0
	 619: Ja off: -1 <fam_done_55>
fam_v6_54:
	 620: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 621: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 622: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 623: OrImm dst: r1 imm: 100728832
	 624: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 625: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 626: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 627: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 628: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 629: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 630: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 631: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 632: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 633: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 634: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 635: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 636: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 637: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 638: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 639: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 640: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_55:
	 641: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 643: MovReg dst: r2 src: rfp
	 644: AddImm dst: r2 imm: -64
	 645: MovImm dst: r3 imm: 60
	 646: MovImm dst: r4 imm: 0
	 647: Call FnRingbufOutput
	 648: MovImm dst: r0 imm: 2
	 649: Exit
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 650: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 651: XorReg dst: r8 src: r1
	 652: XorReg dst: r8 src: r1
	 653: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 654: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 656: MovReg dst: r2 src: rfp
	 657: AddImm dst: r2 imm: -140
	 658: Call FnMapLookupElem
	 659: JEqImm dst: r0 off: -1 imm: 0 <count_done_56>
	 660: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 661: AddImm dst: r1 imm: 1
	 662: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 663: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 664: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 665: AddReg dst: r2 src: r1
	 666: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_56:
	 667: StMemW dst: rfp src: r0 off: -64 imm: 257
	 668: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 669: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 670: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 671: StMemW dst: rfp src: r0 off: -44 imm: 0
	 672: StMemW dst: rfp src: r0 off: -40 imm: 0
	 673: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 674: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_57>
	 675: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 676: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 677: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 678: OrImm dst: r1 imm: 67174656
	 679: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 680: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 681: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 682: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 683: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 684: StMemW dst: rfp src: r0 off: -32 imm: 0
	 685: StMemW dst: rfp src: r0 off: -16 imm: 0
	 686: StMemW dst: rfp src: r0 off: -28 imm: 0
	 687: StMemW dst: rfp src: r0 off: -12 imm: 0
	 688: StMemW dst: rfp src: r0 off: -24 imm: 0
	 689: StMemW dst: rfp src: r0 off: -8 imm: 0
	 690: Ja off: -1 <fam_done_58>
fam_v6_57:
	 691: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 692: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 693: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 694: OrImm dst: r1 imm: 100729088
	 695: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 696: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 697: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 698: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 699: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 700: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 701: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 702: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 703: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 704: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 705: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 706: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 707: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 708: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 709: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 710: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 711: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_58:
	 712: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 714: MovReg dst: r2 src: rfp
	 715: AddImm dst: r2 imm: -64
	 716: MovImm dst: r3 imm: 60
	 717: MovImm dst: r4 imm: 0
	 718: Call FnRingbufOutput
	 719: JSetImm dst: r7 off: -1 imm: 512 <fam_done_61>
	 720: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 721: StMemH dst: rfp src: r0 off: -168 imm: 0
	 722: StMemB dst: rfp src: r0 off: -166 imm: 1
	 723: StMemB dst: rfp src: r0 off: -165 imm: 1
	 724: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 725: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_60>
	 726: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 727: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 728: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 729: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 730: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 731: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 732: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_62>
	 733: JGTReg dst: r1 off: -1 src: r2 <ct_swap_63>
	 734: StMemB dst: rfp src: r0 off: -203 imm: 0
	 735: Ja off: -1 <ct_ordered_62>
ct_swap_63:
	 736: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 737: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 738: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 739: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 740: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 741: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 742: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 743: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 744: StMemH dst: rfp src: r0 off: -202 imm: 0
	 745: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_62:
	 746: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 748: MovReg dst: r2 src: rfp
	 749: AddImm dst: r2 imm: -216
	 750: MovReg dst: r3 src: rfp
	 751: AddImm dst: r3 imm: -172
	 752: MovImm dst: r4 imm: 0
	 753: Call FnMapUpdateElem
	 754: Ja off: -1 <fam_done_61>
fam_v6_60:
	 755: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 756: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 757: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_64>
	 758: JGTReg dst: r1 off: -1 src: r2 <ct_swap_65>
	 759: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 760: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 761: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_64>
	 762: JGTReg dst: r1 off: -1 src: r2 <ct_swap_65>
	 763: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 764: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 765: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_64>
	 766: JGTReg dst: r1 off: -1 src: r2 <ct_swap_65>
	 767: StMemB dst: rfp src: r0 off: -179 imm: 0
	 768: Ja off: -1 <ct_ordered_64>
ct_swap_65:
	 769: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 770: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 771: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 772: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 773: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 774: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 775: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 776: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 777: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 778: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 779: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 780: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 781: StMemH dst: rfp src: r0 off: -178 imm: 0
	 782: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_ordered_64:
	 783: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 785: MovReg dst: r2 src: rfp
	 786: AddImm dst: r2 imm: -216
	 787: MovReg dst: r3 src: rfp
	 788: AddImm dst: r3 imm: -172
	 789: MovImm dst: r4 imm: 0
	 790: Call FnMapUpdateElem
fam_done_61:
	 791: MovImm dst: r0 imm: 0
	 792: Exit
fragneeded:
	    ; ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed
	 793: StMemW dst: rfp src: r0 off: -140 imm: 9
	 794: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 796: MovReg dst: r2 src: rfp
	 797: AddImm dst: r2 imm: -140
	 798: Call FnMapLookupElem
	 799: JEqImm dst: r0 off: -1 imm: 0 <count_done_66>
	 800: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 801: AddImm dst: r1 imm: 1
	 802: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 803: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 804: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 805: AddReg dst: r2 src: r1
	 806: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_66:
	 807: MovImm dst: r0 imm: 0
	 808: Exit
neighbor:
	    ; IPv6 neighbor discovery: pass without policy, like ARP
	 809: StMemW dst: rfp src: r0 off: -140 imm: 8
	 810: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 812: MovReg dst: r2 src: rfp
	 813: AddImm dst: r2 imm: -140
	 814: Call FnMapLookupElem
	 815: JEqImm dst: r0 off: -1 imm: 0 <count_done_67>
	 816: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 817: AddImm dst: r1 imm: 1
	 818: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 819: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 820: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 821: AddReg dst: r2 src: r1
	 822: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_67:
	 823: MovImm dst: r0 imm: 0
	 824: Exit
malformed:
	    ; truncated or malformed header: drop
	 825: StMemW dst: rfp src: r0 off: -140 imm: 2
	 826: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 828: MovReg dst: r2 src: rfp
	 829: AddImm dst: r2 imm: -140
	 830: Call FnMapLookupElem
	 831: JEqImm dst: r0 off: -1 imm: 0 <count_done_68>
	 832: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 833: AddImm dst: r1 imm: 1
	 834: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 835: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 836: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 837: AddReg dst: r2 src: r1
	 838: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_68:
	 839: MovImm dst: r0 imm: 2
	 840: Exit

== subject-258 policy_ingress (section tcx/egress, enforced=false, 649 instructions)
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
	  95: StMemW dst: rfp src: r0 off: -200 imm: 258
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
	 147: StMemW dst: rfp src: r0 off: -144 imm: 0
	 148: Ja off: -1 <default>
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
	 333: JEqImm dst: r5 off: -1 imm: 58 <icmpx_6>
	 334: Ja off: -1 <l4done_6>
icmpx_6:
	    ; ICMP without ICMP entries: only neighbor discovery / fragmentation needed are special
	 335: MovReg dst: r0 src: r4
	 336: AddImm dst: r0 imm: 2
	 337: JGTReg dst: r0 off: -1 src: r3 <l4done_6>
	 338: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 339: JLTImm dst: r1 off: -1 imm: 133 <l4done_6>
	 340: JLEImm dst: r1 off: -1 imm: 137 <neighbor>
	 341: Ja off: -1 <l4done_6>
tcp_6:
	 342: MovReg dst: r0 src: r4
	 343: AddImm dst: r0 imm: 20
	 344: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 345: Ja off: -1 <ports_6>
udp_6:
	 346: MovReg dst: r0 src: r4
	 347: AddImm dst: r0 imm: 8
	 348: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 349: Ja off: -1 <ports_6>
ports_6:
	 350: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 351: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 352: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 353: SwapBE dst: r8 
	 354: Ja off: -1 <l4done_6>
l4done_6:
	 355: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 356: StMemB dst: rfp src: r0 off: -179 imm: 0
	 357: StMemH dst: rfp src: r0 off: -178 imm: 0
	 358: StMemW dst: rfp src: r0 off: -176 imm: 258
	 359: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 360: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 361: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 362: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 363: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 364: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 365: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 366: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 367: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 368: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 369: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 370: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 371: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 372: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 373: StMemB dst: rfp src: r0 off: -179 imm: 0
	 374: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 375: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 376: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 377: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 378: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 379: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 380: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 381: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 382: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 383: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 384: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 385: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 386: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 387: StMemH dst: rfp src: r0 off: -178 imm: 0
	 388: StMemB dst: rfp src: r0 off: -179 imm: 1
	 389: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 391: MovReg dst: r2 src: rfp
	 392: AddImm dst: r2 imm: -216
	 393: Call FnMapLookupElem
	 394: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 395: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 396: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 397: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
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
	 411: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 412: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 414: MovReg dst: r2 src: rfp
	 415: AddImm dst: r2 imm: -216
	 416: Call FnMapLookupElem
	 417: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 418: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 419: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 420: Ja off: -1 <ct_reply>
ct_miss_35:
	 421: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_skip_34:
	 422: StMemW dst: rfp src: r0 off: -144 imm: 0
	 423: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 424: StMemW dst: rfp src: r0 off: -140 imm: 3
	 425: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 427: MovReg dst: r2 src: rfp
	 428: AddImm dst: r2 imm: -140
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
	 440: StMemW dst: rfp src: r0 off: -140 imm: 4
	 441: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 443: MovReg dst: r2 src: rfp
	 444: AddImm dst: r2 imm: -140
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
default:
	    ; no entry matches: allow (enforced=false)
	 456: MovImm dst: r8 imm: 0
	 457: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 458: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 459: XorReg dst: r8 src: r1
	 460: XorReg dst: r8 src: r1
	 461: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 462: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 464: MovReg dst: r2 src: rfp
	 465: AddImm dst: r2 imm: -140
	 466: Call FnMapLookupElem
	 467: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 468: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 469: AddImm dst: r1 imm: 1
	 470: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 471: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 472: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 473: AddReg dst: r2 src: r1
	 474: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 475: StMemW dst: rfp src: r0 off: -60 imm: 258
	 476: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 477: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 478: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 479: StMemW dst: rfp src: r0 off: -44 imm: 0
	 480: StMemW dst: rfp src: r0 off: -40 imm: 0
	 481: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 482: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 483: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 484: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 485: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 486: OrImm dst: r1 imm: 67109120
	 487: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 488: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 489: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 490: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 491: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 492: StMemW dst: rfp src: r0 off: -32 imm: 0
	 493: StMemW dst: rfp src: r0 off: -16 imm: 0
	 494: StMemW dst: rfp src: r0 off: -28 imm: 0
	 495: StMemW dst: rfp src: r0 off: -12 imm: 0
	 496: StMemW dst: rfp src: r0 off: -24 imm: 0
	 497: StMemW dst: rfp src: r0 off: -8 imm: 0
	 498: Ja off: -1 <fam_done_43>
fam_v6_42:
	 499: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 500: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 501: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 502: OrImm dst: r1 imm: 100663552
	 503: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 504: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 505: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 506: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 507: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 508: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 509: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 510: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 511: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 512: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 513: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 514: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 515: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 516: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 517: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 518: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 519: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 520: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 522: MovReg dst: r2 src: rfp
	 523: AddImm dst: r2 imm: -64
	 524: MovImm dst: r3 imm: 60
	 525: MovImm dst: r4 imm: 0
	 526: Call FnRingbufOutput
	 527: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 528: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 529: StMemH dst: rfp src: r0 off: -168 imm: 0
	 530: StMemB dst: rfp src: r0 off: -166 imm: 1
	 531: StMemB dst: rfp src: r0 off: -165 imm: 0
	 532: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 533: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 534: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 535: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 536: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 537: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 538: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 539: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 540: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 541: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 542: StMemB dst: rfp src: r0 off: -203 imm: 0
	 543: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 544: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 545: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 546: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 547: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 548: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 549: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 550: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 551: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 552: StMemH dst: rfp src: r0 off: -202 imm: 0
	 553: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_47:
	 554: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 556: MovReg dst: r2 src: rfp
	 557: AddImm dst: r2 imm: -216
	 558: MovReg dst: r3 src: rfp
	 559: AddImm dst: r3 imm: -172
	 560: MovImm dst: r4 imm: 0
	 561: Call FnMapUpdateElem
	 562: Ja off: -1 <fam_done_46>
fam_v6_45:
	 563: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 564: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 565: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 566: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 567: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 568: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 569: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 570: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 571: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 572: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 573: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 574: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 575: StMemB dst: rfp src: r0 off: -179 imm: 0
	 576: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 577: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 578: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 579: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 580: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 581: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 582: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 583: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 584: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 585: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 586: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 587: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 588: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 589: StMemH dst: rfp src: r0 off: -178 imm: 0
	 590: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_49:
	 591: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 593: MovReg dst: r2 src: rfp
	 594: AddImm dst: r2 imm: -216
	 595: MovReg dst: r3 src: rfp
	 596: AddImm dst: r3 imm: -172
	 597: MovImm dst: r4 imm: 0
	 598: Call FnMapUpdateElem
fam_done_46:
	 599: MovImm dst: r0 imm: 0
	 600: Exit
fragneeded:
	    ; ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed
	 601: StMemW dst: rfp src: r0 off: -140 imm: 9
	 602: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 604: MovReg dst: r2 src: rfp
	 605: AddImm dst: r2 imm: -140
	 606: Call FnMapLookupElem
	 607: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 608: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 609: AddImm dst: r1 imm: 1
	 610: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 611: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 612: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 613: AddReg dst: r2 src: r1
	 614: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 615: MovImm dst: r0 imm: 0
	 616: Exit
neighbor:
	    ; IPv6 neighbor discovery: pass without policy, like ARP
	 617: StMemW dst: rfp src: r0 off: -140 imm: 8
	 618: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 620: MovReg dst: r2 src: rfp
	 621: AddImm dst: r2 imm: -140
	 622: Call FnMapLookupElem
	 623: JEqImm dst: r0 off: -1 imm: 0 <count_done_52>
	 624: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 625: AddImm dst: r1 imm: 1
	 626: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 627: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 628: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 629: AddReg dst: r2 src: r1
	 630: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_52:
	 631: MovImm dst: r0 imm: 0
	 632: Exit
malformed:
	    ; truncated or malformed header: drop
	 633: StMemW dst: rfp src: r0 off: -140 imm: 2
	 634: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 636: MovReg dst: r2 src: rfp
	 637: AddImm dst: r2 imm: -140
	 638: Call FnMapLookupElem
	 639: JEqImm dst: r0 off: -1 imm: 0 <count_done_53>
	 640: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 641: AddImm dst: r1 imm: 1
	 642: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 643: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 644: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 645: AddReg dst: r2 src: r1
	 646: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_53:
	 647: MovImm dst: r0 imm: 2
	 648: Exit

== subject-258 policy_egress (section tcx/ingress, enforced=false, 649 instructions)
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
	  95: StMemW dst: rfp src: r0 off: -200 imm: 258
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
	 333: JEqImm dst: r5 off: -1 imm: 58 <icmpx_6>
	 334: Ja off: -1 <l4done_6>
icmpx_6:
	    ; ICMP without ICMP entries: only neighbor discovery / fragmentation needed are special
	 335: MovReg dst: r0 src: r4
	 336: AddImm dst: r0 imm: 2
	 337: JGTReg dst: r0 off: -1 src: r3 <l4done_6>
	 338: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 339: JLTImm dst: r1 off: -1 imm: 133 <l4done_6>
	 340: JLEImm dst: r1 off: -1 imm: 137 <neighbor>
	 341: Ja off: -1 <l4done_6>
tcp_6:
	 342: MovReg dst: r0 src: r4
	 343: AddImm dst: r0 imm: 20
	 344: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 345: Ja off: -1 <ports_6>
udp_6:
	 346: MovReg dst: r0 src: r4
	 347: AddImm dst: r0 imm: 8
	 348: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 349: Ja off: -1 <ports_6>
ports_6:
	 350: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 351: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 352: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 353: SwapBE dst: r8 
	 354: Ja off: -1 <l4done_6>
l4done_6:
	 355: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 356: StMemB dst: rfp src: r0 off: -179 imm: 1
	 357: StMemH dst: rfp src: r0 off: -178 imm: 0
	 358: StMemW dst: rfp src: r0 off: -176 imm: 258
	 359: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 360: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 361: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 362: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 363: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 364: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 365: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 366: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 367: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 368: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 369: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 370: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 371: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 372: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 373: StMemB dst: rfp src: r0 off: -179 imm: 0
	 374: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 375: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 376: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 377: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 378: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 379: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 380: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 381: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 382: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 383: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 384: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 385: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 386: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 387: StMemH dst: rfp src: r0 off: -178 imm: 0
	 388: StMemB dst: rfp src: r0 off: -179 imm: 0
	 389: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 391: MovReg dst: r2 src: rfp
	 392: AddImm dst: r2 imm: -216
	 393: Call FnMapLookupElem
	 394: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 395: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 396: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 397: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
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
	 411: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 412: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 414: MovReg dst: r2 src: rfp
	 415: AddImm dst: r2 imm: -216
	 416: Call FnMapLookupElem
	 417: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 418: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 419: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 420: Ja off: -1 <ct_reply>
ct_miss_35:
	 421: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_skip_34:
	 422: StMemW dst: rfp src: r0 off: -144 imm: 0
	 423: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 424: StMemW dst: rfp src: r0 off: -140 imm: 3
	 425: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 427: MovReg dst: r2 src: rfp
	 428: AddImm dst: r2 imm: -140
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
	 440: StMemW dst: rfp src: r0 off: -140 imm: 4
	 441: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 443: MovReg dst: r2 src: rfp
	 444: AddImm dst: r2 imm: -140
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
default:
	    ; no entry matches: allow (enforced=false)
	 456: MovImm dst: r8 imm: 0
	 457: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 458: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 459: XorReg dst: r8 src: r1
	 460: XorReg dst: r8 src: r1
	 461: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 462: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 464: MovReg dst: r2 src: rfp
	 465: AddImm dst: r2 imm: -140
	 466: Call FnMapLookupElem
	 467: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 468: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 469: AddImm dst: r1 imm: 1
	 470: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 471: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 472: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 473: AddReg dst: r2 src: r1
	 474: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 475: StMemW dst: rfp src: r0 off: -64 imm: 258
	 476: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 477: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 478: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 479: StMemW dst: rfp src: r0 off: -44 imm: 0
	 480: StMemW dst: rfp src: r0 off: -40 imm: 0
	 481: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 482: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 483: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 484: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 485: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 486: OrImm dst: r1 imm: 67174656
	 487: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 488: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 489: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 490: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 491: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 492: StMemW dst: rfp src: r0 off: -32 imm: 0
	 493: StMemW dst: rfp src: r0 off: -16 imm: 0
	 494: StMemW dst: rfp src: r0 off: -28 imm: 0
	 495: StMemW dst: rfp src: r0 off: -12 imm: 0
	 496: StMemW dst: rfp src: r0 off: -24 imm: 0
	 497: StMemW dst: rfp src: r0 off: -8 imm: 0
	 498: Ja off: -1 <fam_done_43>
fam_v6_42:
	 499: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 500: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 501: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 502: OrImm dst: r1 imm: 100729088
	 503: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 504: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 505: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 506: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 507: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 508: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 509: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 510: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 511: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 512: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 513: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 514: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 515: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 516: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 517: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 518: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 519: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 520: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 522: MovReg dst: r2 src: rfp
	 523: AddImm dst: r2 imm: -64
	 524: MovImm dst: r3 imm: 60
	 525: MovImm dst: r4 imm: 0
	 526: Call FnRingbufOutput
	 527: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 528: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 529: StMemH dst: rfp src: r0 off: -168 imm: 0
	 530: StMemB dst: rfp src: r0 off: -166 imm: 1
	 531: StMemB dst: rfp src: r0 off: -165 imm: 1
	 532: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 533: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 534: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 535: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 536: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 537: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 538: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 539: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 540: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 541: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 542: StMemB dst: rfp src: r0 off: -203 imm: 0
	 543: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 544: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 545: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 546: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 547: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 548: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 549: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 550: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 551: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 552: StMemH dst: rfp src: r0 off: -202 imm: 0
	 553: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_47:
	 554: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 556: MovReg dst: r2 src: rfp
	 557: AddImm dst: r2 imm: -216
	 558: MovReg dst: r3 src: rfp
	 559: AddImm dst: r3 imm: -172
	 560: MovImm dst: r4 imm: 0
	 561: Call FnMapUpdateElem
	 562: Ja off: -1 <fam_done_46>
fam_v6_45:
	 563: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 564: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 565: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 566: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 567: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 568: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 569: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 570: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 571: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 572: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 573: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 574: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 575: StMemB dst: rfp src: r0 off: -179 imm: 0
	 576: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 577: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 578: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 579: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 580: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 581: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 582: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 583: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 584: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 585: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 586: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 587: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 588: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 589: StMemH dst: rfp src: r0 off: -178 imm: 0
	 590: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_ordered_49:
	 591: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 593: MovReg dst: r2 src: rfp
	 594: AddImm dst: r2 imm: -216
	 595: MovReg dst: r3 src: rfp
	 596: AddImm dst: r3 imm: -172
	 597: MovImm dst: r4 imm: 0
	 598: Call FnMapUpdateElem
fam_done_46:
	 599: MovImm dst: r0 imm: 0
	 600: Exit
fragneeded:
	    ; ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed
	 601: StMemW dst: rfp src: r0 off: -140 imm: 9
	 602: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 604: MovReg dst: r2 src: rfp
	 605: AddImm dst: r2 imm: -140
	 606: Call FnMapLookupElem
	 607: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 608: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 609: AddImm dst: r1 imm: 1
	 610: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 611: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 612: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 613: AddReg dst: r2 src: r1
	 614: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 615: MovImm dst: r0 imm: 0
	 616: Exit
neighbor:
	    ; IPv6 neighbor discovery: pass without policy, like ARP
	 617: StMemW dst: rfp src: r0 off: -140 imm: 8
	 618: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 620: MovReg dst: r2 src: rfp
	 621: AddImm dst: r2 imm: -140
	 622: Call FnMapLookupElem
	 623: JEqImm dst: r0 off: -1 imm: 0 <count_done_52>
	 624: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 625: AddImm dst: r1 imm: 1
	 626: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 627: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 628: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 629: AddReg dst: r2 src: r1
	 630: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_52:
	 631: MovImm dst: r0 imm: 0
	 632: Exit
malformed:
	    ; truncated or malformed header: drop
	 633: StMemW dst: rfp src: r0 off: -140 imm: 2
	 634: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 636: MovReg dst: r2 src: rfp
	 637: AddImm dst: r2 imm: -140
	 638: Call FnMapLookupElem
	 639: JEqImm dst: r0 off: -1 imm: 0 <count_done_53>
	 640: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 641: AddImm dst: r1 imm: 1
	 642: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 643: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 644: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 645: AddReg dst: r2 src: r1
	 646: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_53:
	 647: MovImm dst: r0 imm: 2
	 648: Exit

== subject-259 policy_ingress (section tcx/egress, enforced=false, 649 instructions)
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
	  95: StMemW dst: rfp src: r0 off: -200 imm: 259
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
	 147: StMemW dst: rfp src: r0 off: -144 imm: 0
	 148: Ja off: -1 <default>
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
	 333: JEqImm dst: r5 off: -1 imm: 58 <icmpx_6>
	 334: Ja off: -1 <l4done_6>
icmpx_6:
	    ; ICMP without ICMP entries: only neighbor discovery / fragmentation needed are special
	 335: MovReg dst: r0 src: r4
	 336: AddImm dst: r0 imm: 2
	 337: JGTReg dst: r0 off: -1 src: r3 <l4done_6>
	 338: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 339: JLTImm dst: r1 off: -1 imm: 133 <l4done_6>
	 340: JLEImm dst: r1 off: -1 imm: 137 <neighbor>
	 341: Ja off: -1 <l4done_6>
tcp_6:
	 342: MovReg dst: r0 src: r4
	 343: AddImm dst: r0 imm: 20
	 344: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 345: Ja off: -1 <ports_6>
udp_6:
	 346: MovReg dst: r0 src: r4
	 347: AddImm dst: r0 imm: 8
	 348: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 349: Ja off: -1 <ports_6>
ports_6:
	 350: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 351: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 352: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 353: SwapBE dst: r8 
	 354: Ja off: -1 <l4done_6>
l4done_6:
	 355: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 356: StMemB dst: rfp src: r0 off: -179 imm: 0
	 357: StMemH dst: rfp src: r0 off: -178 imm: 0
	 358: StMemW dst: rfp src: r0 off: -176 imm: 259
	 359: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 360: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 361: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 362: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 363: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 364: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 365: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 366: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 367: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 368: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 369: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 370: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 371: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 372: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 373: StMemB dst: rfp src: r0 off: -179 imm: 0
	 374: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 375: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 376: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 377: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 378: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 379: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 380: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 381: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 382: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 383: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 384: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 385: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 386: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 387: StMemH dst: rfp src: r0 off: -178 imm: 0
	 388: StMemB dst: rfp src: r0 off: -179 imm: 1
	 389: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 391: MovReg dst: r2 src: rfp
	 392: AddImm dst: r2 imm: -216
	 393: Call FnMapLookupElem
	 394: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 395: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 396: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 397: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
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
	 411: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 412: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 414: MovReg dst: r2 src: rfp
	 415: AddImm dst: r2 imm: -216
	 416: Call FnMapLookupElem
	 417: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 418: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 419: JEqImm dst: r1 off: -1 imm: 0 <ct_established>
	 420: Ja off: -1 <ct_reply>
ct_miss_35:
	 421: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_skip_34:
	 422: StMemW dst: rfp src: r0 off: -144 imm: 0
	 423: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 424: StMemW dst: rfp src: r0 off: -140 imm: 3
	 425: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 427: MovReg dst: r2 src: rfp
	 428: AddImm dst: r2 imm: -140
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
	 440: StMemW dst: rfp src: r0 off: -140 imm: 4
	 441: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 443: MovReg dst: r2 src: rfp
	 444: AddImm dst: r2 imm: -140
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
default:
	    ; no entry matches: allow (enforced=false)
	 456: MovImm dst: r8 imm: 0
	 457: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 458: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 459: XorReg dst: r8 src: r1
	 460: XorReg dst: r8 src: r1
	 461: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 462: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 464: MovReg dst: r2 src: rfp
	 465: AddImm dst: r2 imm: -140
	 466: Call FnMapLookupElem
	 467: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 468: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 469: AddImm dst: r1 imm: 1
	 470: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 471: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 472: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 473: AddReg dst: r2 src: r1
	 474: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 475: StMemW dst: rfp src: r0 off: -60 imm: 259
	 476: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 477: StXMemW dst: rfp src: r1 off: -64 imm: 0
	 478: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 479: StMemW dst: rfp src: r0 off: -44 imm: 0
	 480: StMemW dst: rfp src: r0 off: -40 imm: 0
	 481: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 482: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 483: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 484: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 485: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 486: OrImm dst: r1 imm: 67109120
	 487: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 488: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 489: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 490: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 491: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 492: StMemW dst: rfp src: r0 off: -32 imm: 0
	 493: StMemW dst: rfp src: r0 off: -16 imm: 0
	 494: StMemW dst: rfp src: r0 off: -28 imm: 0
	 495: StMemW dst: rfp src: r0 off: -12 imm: 0
	 496: StMemW dst: rfp src: r0 off: -24 imm: 0
	 497: StMemW dst: rfp src: r0 off: -8 imm: 0
	 498: Ja off: -1 <fam_done_43>
fam_v6_42:
	 499: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 500: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 501: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 502: OrImm dst: r1 imm: 100663552
	 503: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 504: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 505: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 506: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 507: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 508: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 509: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 510: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 511: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 512: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 513: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 514: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 515: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 516: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 517: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 518: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 519: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 520: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 522: MovReg dst: r2 src: rfp
	 523: AddImm dst: r2 imm: -64
	 524: MovImm dst: r3 imm: 60
	 525: MovImm dst: r4 imm: 0
	 526: Call FnRingbufOutput
	 527: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 528: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 529: StMemH dst: rfp src: r0 off: -168 imm: 0
	 530: StMemB dst: rfp src: r0 off: -166 imm: 1
	 531: StMemB dst: rfp src: r0 off: -165 imm: 0
	 532: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 533: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 534: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 535: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 536: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 537: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 538: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 539: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 540: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 541: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 542: StMemB dst: rfp src: r0 off: -203 imm: 0
	 543: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 544: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 545: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 546: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 547: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 548: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 549: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 550: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 551: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 552: StMemH dst: rfp src: r0 off: -202 imm: 0
	 553: StMemB dst: rfp src: r0 off: -203 imm: 1
ct_ordered_47:
	 554: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 556: MovReg dst: r2 src: rfp
	 557: AddImm dst: r2 imm: -216
	 558: MovReg dst: r3 src: rfp
	 559: AddImm dst: r3 imm: -172
	 560: MovImm dst: r4 imm: 0
	 561: Call FnMapUpdateElem
	 562: Ja off: -1 <fam_done_46>
fam_v6_45:
	 563: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 564: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 565: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 566: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 567: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 568: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 569: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 570: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 571: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 572: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 573: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 574: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 575: StMemB dst: rfp src: r0 off: -179 imm: 0
	 576: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 577: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 578: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 579: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 580: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 581: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 582: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 583: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 584: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 585: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 586: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 587: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 588: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 589: StMemH dst: rfp src: r0 off: -178 imm: 0
	 590: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_ordered_49:
	 591: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 593: MovReg dst: r2 src: rfp
	 594: AddImm dst: r2 imm: -216
	 595: MovReg dst: r3 src: rfp
	 596: AddImm dst: r3 imm: -172
	 597: MovImm dst: r4 imm: 0
	 598: Call FnMapUpdateElem
fam_done_46:
	 599: MovImm dst: r0 imm: 0
	 600: Exit
fragneeded:
	    ; ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed
	 601: StMemW dst: rfp src: r0 off: -140 imm: 9
	 602: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 604: MovReg dst: r2 src: rfp
	 605: AddImm dst: r2 imm: -140
	 606: Call FnMapLookupElem
	 607: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 608: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 609: AddImm dst: r1 imm: 1
	 610: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 611: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 612: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 613: AddReg dst: r2 src: r1
	 614: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 615: MovImm dst: r0 imm: 0
	 616: Exit
neighbor:
	    ; IPv6 neighbor discovery: pass without policy, like ARP
	 617: StMemW dst: rfp src: r0 off: -140 imm: 8
	 618: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 620: MovReg dst: r2 src: rfp
	 621: AddImm dst: r2 imm: -140
	 622: Call FnMapLookupElem
	 623: JEqImm dst: r0 off: -1 imm: 0 <count_done_52>
	 624: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 625: AddImm dst: r1 imm: 1
	 626: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 627: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 628: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 629: AddReg dst: r2 src: r1
	 630: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_52:
	 631: MovImm dst: r0 imm: 0
	 632: Exit
malformed:
	    ; truncated or malformed header: drop
	 633: StMemW dst: rfp src: r0 off: -140 imm: 2
	 634: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 636: MovReg dst: r2 src: rfp
	 637: AddImm dst: r2 imm: -140
	 638: Call FnMapLookupElem
	 639: JEqImm dst: r0 off: -1 imm: 0 <count_done_53>
	 640: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 641: AddImm dst: r1 imm: 1
	 642: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 643: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 644: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 645: AddReg dst: r2 src: r1
	 646: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_53:
	 647: MovImm dst: r0 imm: 2
	 648: Exit

== subject-259 policy_egress (section tcx/ingress, enforced=false, 649 instructions)
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
	  95: StMemW dst: rfp src: r0 off: -200 imm: 259
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
	 333: JEqImm dst: r5 off: -1 imm: 58 <icmpx_6>
	 334: Ja off: -1 <l4done_6>
icmpx_6:
	    ; ICMP without ICMP entries: only neighbor discovery / fragmentation needed are special
	 335: MovReg dst: r0 src: r4
	 336: AddImm dst: r0 imm: 2
	 337: JGTReg dst: r0 off: -1 src: r3 <l4done_6>
	 338: LdXMemB dst: r1 src: r4 off: 0 imm: 0
	 339: JLTImm dst: r1 off: -1 imm: 133 <l4done_6>
	 340: JLEImm dst: r1 off: -1 imm: 137 <neighbor>
	 341: Ja off: -1 <l4done_6>
tcp_6:
	 342: MovReg dst: r0 src: r4
	 343: AddImm dst: r0 imm: 20
	 344: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 345: Ja off: -1 <ports_6>
udp_6:
	 346: MovReg dst: r0 src: r4
	 347: AddImm dst: r0 imm: 8
	 348: JGTReg dst: r0 off: -1 src: r3 <malformed>
	 349: Ja off: -1 <ports_6>
ports_6:
	 350: LdXMemW dst: r1 src: r4 off: 0 imm: 0
	 351: StXMemW dst: rfp src: r1 off: -184 imm: 0
	 352: LdXMemH dst: r8 src: r4 off: 2 imm: 0
	 353: SwapBE dst: r8 
	 354: Ja off: -1 <l4done_6>
l4done_6:
	 355: StXMemB dst: rfp src: r5 off: -180 imm: 0
	 356: StMemB dst: rfp src: r0 off: -179 imm: 1
	 357: StMemH dst: rfp src: r0 off: -178 imm: 0
	 358: StMemW dst: rfp src: r0 off: -176 imm: 259
	 359: StMemB dst: rfp src: r0 off: -136 imm: 6
	    ; conntrack: one lookup of the canonical key; established and reply packets pass without policy
	 360: JSetImm dst: r7 off: -1 imm: 512 <ct_skip_34>
	 361: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 362: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 363: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 364: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 365: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 366: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 367: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 368: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 369: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 370: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 371: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_37>
	 372: JGTReg dst: r1 off: -1 src: r2 <ct_swap_38>
	 373: StMemB dst: rfp src: r0 off: -179 imm: 0
	 374: Ja off: -1 <ct_ordered_37>
ct_swap_38:
	 375: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 376: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 377: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 378: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 379: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 380: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 381: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 382: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 383: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 384: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 385: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 386: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 387: StMemH dst: rfp src: r0 off: -178 imm: 0
	 388: StMemB dst: rfp src: r0 off: -179 imm: 0
	 389: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 391: MovReg dst: r2 src: rfp
	 392: AddImm dst: r2 imm: -216
	 393: Call FnMapLookupElem
	 394: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_swapped_36>
	 395: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 396: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 397: Ja off: -1 <ct_reply>
ct_miss_swapped_36:
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
	 411: Ja off: -1 <ct_miss_35>
ct_ordered_37:
	 412: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 414: MovReg dst: r2 src: rfp
	 415: AddImm dst: r2 imm: -216
	 416: Call FnMapLookupElem
	 417: JEqImm dst: r0 off: -1 imm: 0 <ct_miss_35>
	 418: LdXMemB dst: r1 src: r0 off: 7 imm: 0
	 419: JEqImm dst: r1 off: -1 imm: 1 <ct_established>
	 420: Ja off: -1 <ct_reply>
ct_miss_35:
	 421: StMemB dst: rfp src: r0 off: -179 imm: 1
ct_skip_34:
	 422: StMemW dst: rfp src: r0 off: -144 imm: 0
	 423: Ja off: -1 <default>
ct_established:
	    ; conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	 424: StMemW dst: rfp src: r0 off: -140 imm: 3
	 425: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 427: MovReg dst: r2 src: rfp
	 428: AddImm dst: r2 imm: -140
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
	 440: StMemW dst: rfp src: r0 off: -140 imm: 4
	 441: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 443: MovReg dst: r2 src: rfp
	 444: AddImm dst: r2 imm: -140
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
default:
	    ; no entry matches: allow (enforced=false)
	 456: MovImm dst: r8 imm: 0
	 457: Ja off: -1 <verdict_allow>
verdict_allow:
	    ; verdict allow: count, record the flow, emit an event, pass
	 458: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 459: XorReg dst: r8 src: r1
	 460: XorReg dst: r8 src: r1
	 461: StXMemW dst: rfp src: r8 off: -140 imm: 0
	 462: LoadMapPtr dst: r1 fd: 0 <policyc_rules>
	 464: MovReg dst: r2 src: rfp
	 465: AddImm dst: r2 imm: -140
	 466: Call FnMapLookupElem
	 467: JEqImm dst: r0 off: -1 imm: 0 <count_done_41>
	 468: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 469: AddImm dst: r1 imm: 1
	 470: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 471: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 472: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 473: AddReg dst: r2 src: r1
	 474: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_41:
	 475: StMemW dst: rfp src: r0 off: -64 imm: 259
	 476: LdXMemW dst: r1 src: rfp off: -144 imm: 0
	 477: StXMemW dst: rfp src: r1 off: -60 imm: 0
	 478: StXMemW dst: rfp src: r8 off: -56 imm: 0
	 479: StMemW dst: rfp src: r0 off: -44 imm: 0
	 480: StMemW dst: rfp src: r0 off: -40 imm: 0
	 481: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 482: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_42>
	 483: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 484: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 485: LdXMemB dst: r1 src: rfp off: -204 imm: 0
	 486: OrImm dst: r1 imm: 67174656
	 487: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 488: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 489: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 490: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 491: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 492: StMemW dst: rfp src: r0 off: -32 imm: 0
	 493: StMemW dst: rfp src: r0 off: -16 imm: 0
	 494: StMemW dst: rfp src: r0 off: -28 imm: 0
	 495: StMemW dst: rfp src: r0 off: -12 imm: 0
	 496: StMemW dst: rfp src: r0 off: -24 imm: 0
	 497: StMemW dst: rfp src: r0 off: -8 imm: 0
	 498: Ja off: -1 <fam_done_43>
fam_v6_42:
	 499: LdXMemW dst: r1 src: rfp off: -184 imm: 0
	 500: StXMemW dst: rfp src: r1 off: -52 imm: 0
	 501: LdXMemB dst: r1 src: rfp off: -180 imm: 0
	 502: OrImm dst: r1 imm: 100729088
	 503: StXMemW dst: rfp src: r1 off: -48 imm: 0
	 504: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 505: StXMemW dst: rfp src: r1 off: -36 imm: 0
	 506: LdXMemW dst: r1 src: rfp off: -200 imm: 0
	 507: StXMemW dst: rfp src: r1 off: -20 imm: 0
	 508: LdXMemW dst: r1 src: rfp off: -212 imm: 0
	 509: StXMemW dst: rfp src: r1 off: -32 imm: 0
	 510: LdXMemW dst: r1 src: rfp off: -196 imm: 0
	 511: StXMemW dst: rfp src: r1 off: -16 imm: 0
	 512: LdXMemW dst: r1 src: rfp off: -208 imm: 0
	 513: StXMemW dst: rfp src: r1 off: -28 imm: 0
	 514: LdXMemW dst: r1 src: rfp off: -192 imm: 0
	 515: StXMemW dst: rfp src: r1 off: -12 imm: 0
	 516: LdXMemW dst: r1 src: rfp off: -204 imm: 0
	 517: StXMemW dst: rfp src: r1 off: -24 imm: 0
	 518: LdXMemW dst: r1 src: rfp off: -188 imm: 0
	 519: StXMemW dst: rfp src: r1 off: -8 imm: 0
fam_done_43:
	 520: LoadMapPtr dst: r1 fd: 0 <policyc_events>
	 522: MovReg dst: r2 src: rfp
	 523: AddImm dst: r2 imm: -64
	 524: MovImm dst: r3 imm: 60
	 525: MovImm dst: r4 imm: 0
	 526: Call FnRingbufOutput
	 527: JSetImm dst: r7 off: -1 imm: 512 <fam_done_46>
	 528: StXMemW dst: rfp src: r8 off: -172 imm: 0
	 529: StMemH dst: rfp src: r0 off: -168 imm: 0
	 530: StMemB dst: rfp src: r0 off: -166 imm: 1
	 531: StMemB dst: rfp src: r0 off: -165 imm: 1
	 532: LdXMemB dst: r1 src: rfp off: -136 imm: 0
	 533: JNEImm dst: r1 off: -1 imm: 4 <fam_v6_45>
	 534: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 535: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 536: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 537: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 538: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 539: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 540: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_47>
	 541: JGTReg dst: r1 off: -1 src: r2 <ct_swap_48>
	 542: StMemB dst: rfp src: r0 off: -203 imm: 0
	 543: Ja off: -1 <ct_ordered_47>
ct_swap_48:
	 544: LdXMemW dst: r1 src: rfp off: -216 imm: 0
	 545: LdXMemW dst: r2 src: rfp off: -212 imm: 0
	 546: StXMemW dst: rfp src: r2 off: -216 imm: 0
	 547: StXMemW dst: rfp src: r1 off: -212 imm: 0
	 548: LdXMemH dst: r1 src: rfp off: -208 imm: 0
	 549: LdXMemH dst: r2 src: rfp off: -206 imm: 0
	 550: StXMemH dst: rfp src: r2 off: -208 imm: 0
	 551: StXMemH dst: rfp src: r1 off: -206 imm: 0
	 552: StMemH dst: rfp src: r0 off: -202 imm: 0
	 553: StMemB dst: rfp src: r0 off: -203 imm: 0
ct_ordered_47:
	 554: LoadMapPtr dst: r1 fd: 0 <policyc_ct4>
	 556: MovReg dst: r2 src: rfp
	 557: AddImm dst: r2 imm: -216
	 558: MovReg dst: r3 src: rfp
	 559: AddImm dst: r3 imm: -172
	 560: MovImm dst: r4 imm: 0
	 561: Call FnMapUpdateElem
	 562: Ja off: -1 <fam_done_46>
fam_v6_45:
	 563: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 564: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 565: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 566: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 567: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 568: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 569: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 570: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 571: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 572: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 573: JLTReg dst: r1 off: -1 src: r2 <ct_ordered_49>
	 574: JGTReg dst: r1 off: -1 src: r2 <ct_swap_50>
	 575: StMemB dst: rfp src: r0 off: -179 imm: 0
	 576: Ja off: -1 <ct_ordered_49>
ct_swap_50:
	 577: LdXMemDW dst: r1 src: rfp off: -216 imm: 0
	 578: LdXMemDW dst: r2 src: rfp off: -200 imm: 0
	 579: StXMemDW dst: rfp src: r2 off: -216 imm: 0
	 580: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 581: LdXMemDW dst: r1 src: rfp off: -208 imm: 0
	 582: LdXMemDW dst: r2 src: rfp off: -192 imm: 0
	 583: StXMemDW dst: rfp src: r2 off: -208 imm: 0
	 584: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 585: LdXMemH dst: r1 src: rfp off: -184 imm: 0
	 586: LdXMemH dst: r2 src: rfp off: -182 imm: 0
	 587: StXMemH dst: rfp src: r2 off: -184 imm: 0
	 588: StXMemH dst: rfp src: r1 off: -182 imm: 0
	 589: StMemH dst: rfp src: r0 off: -178 imm: 0
	 590: StMemB dst: rfp src: r0 off: -179 imm: 0
ct_ordered_49:
	 591: LoadMapPtr dst: r1 fd: 0 <policyc_ct6>
	 593: MovReg dst: r2 src: rfp
	 594: AddImm dst: r2 imm: -216
	 595: MovReg dst: r3 src: rfp
	 596: AddImm dst: r3 imm: -172
	 597: MovImm dst: r4 imm: 0
	 598: Call FnMapUpdateElem
fam_done_46:
	 599: MovImm dst: r0 imm: 0
	 600: Exit
fragneeded:
	    ; ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed
	 601: StMemW dst: rfp src: r0 off: -140 imm: 9
	 602: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 604: MovReg dst: r2 src: rfp
	 605: AddImm dst: r2 imm: -140
	 606: Call FnMapLookupElem
	 607: JEqImm dst: r0 off: -1 imm: 0 <count_done_51>
	 608: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 609: AddImm dst: r1 imm: 1
	 610: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 611: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 612: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 613: AddReg dst: r2 src: r1
	 614: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_51:
	 615: MovImm dst: r0 imm: 0
	 616: Exit
neighbor:
	    ; IPv6 neighbor discovery: pass without policy, like ARP
	 617: StMemW dst: rfp src: r0 off: -140 imm: 8
	 618: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 620: MovReg dst: r2 src: rfp
	 621: AddImm dst: r2 imm: -140
	 622: Call FnMapLookupElem
	 623: JEqImm dst: r0 off: -1 imm: 0 <count_done_52>
	 624: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 625: AddImm dst: r1 imm: 1
	 626: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 627: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 628: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 629: AddReg dst: r2 src: r1
	 630: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_52:
	 631: MovImm dst: r0 imm: 0
	 632: Exit
malformed:
	    ; truncated or malformed header: drop
	 633: StMemW dst: rfp src: r0 off: -140 imm: 2
	 634: LoadMapPtr dst: r1 fd: 0 <policyc_stats>
	 636: MovReg dst: r2 src: rfp
	 637: AddImm dst: r2 imm: -140
	 638: Call FnMapLookupElem
	 639: JEqImm dst: r0 off: -1 imm: 0 <count_done_53>
	 640: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 641: AddImm dst: r1 imm: 1
	 642: StXMemDW dst: r0 src: r1 off: 0 imm: 0
	 643: LdXMemW dst: r1 src: r6 off: 0 imm: 0
	 644: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 645: AddReg dst: r2 src: r1
	 646: StXMemDW dst: r0 src: r2 off: 8 imm: 0
count_done_53:
	 647: MovImm dst: r0 imm: 2
	 648: Exit

