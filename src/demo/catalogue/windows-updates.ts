/**
 * Windows updates (hotfixes) as an inventory lists them (Win32_QuickFixEngineering, or the
 * Updates registry key on older systems): one `pkg:generic/microsoft/<product>@KB<number>`
 * per installed update, the product as Microsoft's security update guide names it and the
 * KB article as the version, the way MSRC data pairs them
 * (https://msrc.microsoft.com/update-guide). Windows NT 4 and 9x hotfixes carry the older
 * Q numbers. KB numbers grow with time, so a series in number order is the product's
 * update history; the anchors are real updates (MS08-067 KB958644, MS17-010 KB4012212 and
 * KB4012215, the December 2021 updates), the numbers between them are plausible fill.
 */
import type { OperatingSystem } from "../../domain/asset.js";
import { hashSeed } from "../random.js";
import { PackageLine } from "./package-line.js";

interface Series {
  product: string;
  first: number;
  last: number;
  count: number;
  anchors: readonly number[];
  /** Cumulative updates supersede older ones: the host lists only its recent few. */
  cumulative?: boolean;
  prefix?: "KB" | "Q";
}

const SERIES: Readonly<Record<string, Series>> = {
  "Windows 10/19042": {
    product: "windows-10-20h2",
    first: 4_578_968,
    last: 5_008_212,
    count: 40,
    anchors: [5_005_565, 5_006_670, 5_007_186],
    cumulative: true,
  },
  "Windows 10/18363": {
    product: "windows-10-1909",
    first: 4_517_245,
    last: 5_008_206,
    count: 40,
    anchors: [4_601_315],
    cumulative: true,
  },
  "Windows 10/17763": {
    product: "windows-10-1809",
    first: 4_464_455,
    last: 5_008_218,
    count: 40,
    anchors: [4_577_668],
    cumulative: true,
  },
  "Windows 7/7601": {
    product: "windows-7-sp1",
    first: 2_479_943,
    last: 5_008_244,
    count: 380,
    anchors: [2_533_552, 3_033_929, 4_012_212, 4_012_215, 4_474_419, 4_490_628, 4_534_310],
  },
  "Windows XP/SP2": {
    product: "windows-xp-sp2",
    first: 834_707,
    last: 2_229_593,
    count: 170,
    anchors: [958_644],
  },
  "Windows XP/SP1": {
    product: "windows-xp-sp1",
    first: 817_606,
    last: 922_819,
    count: 90,
    anchors: [],
  },
  "Windows 2000/SP4": {
    product: "windows-2000-sp4",
    first: 820_888,
    last: 2_229_593,
    count: 150,
    anchors: [958_644],
  },
  "Windows NT 4.0/SP6a": {
    product: "windows-nt-4.0-sp6a",
    first: 241_041,
    last: 329_834,
    count: 50,
    anchors: [299_444],
    prefix: "Q",
  },
  "Windows 98/": {
    product: "windows-98",
    first: 230_003,
    last: 329_115,
    count: 20,
    anchors: [],
    prefix: "Q",
  },
  "Windows 95/": {
    product: "windows-95",
    first: 168_115,
    last: 289_003,
    count: 12,
    anchors: [],
    prefix: "Q",
  },
  "Windows Server 2003/SP2": {
    product: "windows-server-2003-sp2",
    first: 914_961,
    last: 4_012_598,
    count: 260,
    anchors: [958_644],
  },
  "Windows Server 2008 R2/SP1": {
    product: "windows-server-2008-r2-sp1",
    first: 2_479_943,
    last: 5_008_244,
    count: 340,
    anchors: [4_012_212, 4_012_215, 4_474_419],
  },
  "Windows Server 2012 R2/": {
    product: "windows-server-2012-r2",
    first: 2_919_355,
    last: 5_008_263,
    count: 280,
    anchors: [4_012_213, 4_012_216],
  },
  "Windows Server 2016/": {
    product: "windows-server-2016",
    first: 3_192_137,
    last: 5_008_207,
    count: 40,
    anchors: [4_013_429],
    cumulative: true,
  },
  "Windows Server 2019/": {
    product: "windows-server-2019",
    first: 4_464_455,
    last: 5_008_218,
    count: 35,
    anchors: [4_577_668],
    cumulative: true,
  },
};

export interface UpdateLine {
  line: PackageLine;
  cumulative: boolean;
}

const lines = new Map<string, UpdateLine>();

/** The update history of an operating system, or undefined when none is catalogued. */
export function updatesFor(os: OperatingSystem): UpdateLine | undefined {
  const key = SERIES[`${os.name}/${os.build ?? ""}`]
    ? `${os.name}/${os.build ?? ""}`
    : `${os.name}/${os.servicePack ?? ""}`;
  const series = SERIES[key];
  if (!series) return undefined;
  let line = lines.get(key);
  if (!line) {
    const prefix = series.prefix ?? "KB";
    const versions = numbers(series).map((n) => `${prefix}${n}`);
    line = {
      line: new PackageLine("generic", "microsoft", series.product, versions),
      cumulative: !!series.cumulative,
    };
    lines.set(key, line);
  }
  return line;
}

/** `count` distinct numbers from first to last, the anchors among them, in ascending order. */
function numbers(s: Series): number[] {
  const out = new Set<number>([s.first, s.last, ...s.anchors]);
  const span = s.last - s.first;
  for (let i = 1; out.size < s.count && i < s.count * 4; i++) {
    // Spread evenly with a deterministic jitter, so the history has no visible pattern.
    const jitter = (hashSeed(s.product, i) % 1000) / 1000;
    out.add(s.first + Math.floor(((i + jitter) / (s.count + 1)) * span));
  }
  return [...out].sort((a, b) => a - b);
}
