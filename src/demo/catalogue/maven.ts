/**
 * Java libraries (Maven coordinates, https://github.com/package-url/purl-spec maven type).
 * Versions are real releases; weights say how often each shows up in a 2021 public-sector
 * estate, where upgrades lag years behind releases.
 */
import { PackageLine } from "./package-line.js";

const LOG4J2 = "org.apache.logging.log4j";

/**
 * log4j-core 2.x from 2.0-beta9 (the first version CVE-2021-44228 affects) to 2.17.1, with
 * the Java 6 and 7 backports 2.3.1/2.3.2 and 2.12.2-2.12.4. 2.14.1 (the newest before the
 * disclosure) leads; 2.15.0-2.17.1 are the teams that already patched.
 */
export const LOG4J_CORE_WEIGHTS: readonly (readonly [string, number])[] = [
  ["2.0-beta9", 0.8],
  ["2.0-rc1", 0.3],
  ["2.0-rc2", 0.3],
  ["2.0", 0.5],
  ["2.0.1", 0.3],
  ["2.0.2", 0.8],
  ["2.1", 1],
  ["2.2", 0.8],
  ["2.3", 4],
  ["2.3.1", 0.2],
  ["2.3.2", 0.8],
  ["2.4", 0.8],
  ["2.4.1", 1.5],
  ["2.5", 1.5],
  ["2.6", 0.6],
  ["2.6.1", 1],
  ["2.6.2", 2],
  ["2.7", 3],
  ["2.8", 1],
  ["2.8.1", 1.5],
  ["2.8.2", 3.5],
  ["2.9.0", 1.5],
  ["2.9.1", 2],
  ["2.10.0", 3],
  ["2.11.0", 2],
  ["2.11.1", 3],
  ["2.11.2", 4],
  ["2.12.0", 1.5],
  ["2.12.1", 5],
  ["2.12.2", 0.3],
  ["2.12.3", 0.2],
  ["2.12.4", 1.2],
  ["2.13.0", 1.5],
  ["2.13.1", 2],
  ["2.13.2", 2],
  ["2.13.3", 5],
  ["2.14.0", 3],
  ["2.14.1", 12],
  ["2.15.0", 3],
  ["2.16.0", 4],
  ["2.17.0", 3.5],
  ["2.17.1", 2.5],
];

/** log4j 1.2.x (end of life since 2015; CVE-2019-17571, CVE-2021-4104): 1.2.17 dominates. */
export const LOG4J1_WEIGHTS: readonly (readonly [string, number])[] = [
  ["1.2.8", 0.5],
  ["1.2.9", 0.5],
  ["1.2.12", 1],
  ["1.2.13", 1],
  ["1.2.14", 2],
  ["1.2.15", 3],
  ["1.2.16", 4],
  ["1.2.17", 15],
];

const log4jVersions = LOG4J_CORE_WEIGHTS.map(([v]) => v);
export const log4jCore = new PackageLine("maven", LOG4J2, "log4j-core", log4jVersions);
export const log4jApi = new PackageLine("maven", LOG4J2, "log4j-api", log4jVersions);
export const log4jSlf4j = new PackageLine("maven", LOG4J2, "log4j-slf4j-impl", log4jVersions);
export const log4j1 = new PackageLine(
  "maven",
  "log4j",
  "log4j",
  LOG4J1_WEIGHTS.map(([v]) => v),
);

const SPRING_VERSIONS = [
  "3.2.18.RELEASE",
  "4.1.9.RELEASE",
  "4.3.25.RELEASE",
  "4.3.30.RELEASE",
  "5.0.13.RELEASE",
  "5.1.20.RELEASE",
  "5.2.12.RELEASE",
  "5.2.15.RELEASE",
  "5.3.13",
  "5.3.14",
];
/** Spring Framework modules; spring-beans is the one Spring4Shell (CVE-2022-22965) names. */
export const SPRING_MODULES = [
  "spring-core",
  "spring-beans",
  "spring-context",
  "spring-web",
  "spring-webmvc",
  "spring-aop",
  "spring-expression",
].map((m) => new PackageLine("maven", "org.springframework", m, SPRING_VERSIONS));

export interface BootLine {
  boot: string;
  spring: string;
  tomcat: string;
  /** The log4j-core version the starter-log4j2 of this line manages. */
  log4j: string;
  weight: number;
}

/** Spring Boot lines with the framework, embedded Tomcat and Log4j 2 versions they manage. */
export const BOOT_LINES: readonly BootLine[] = [
  {
    boot: "1.5.22.RELEASE",
    spring: "4.3.25.RELEASE",
    tomcat: "8.5.43",
    log4j: "2.7",
    weight: 0.15,
  },
  {
    boot: "2.0.9.RELEASE",
    spring: "5.0.13.RELEASE",
    tomcat: "8.5.39",
    log4j: "2.10.0",
    weight: 0.08,
  },
  {
    boot: "2.1.18.RELEASE",
    spring: "5.1.20.RELEASE",
    tomcat: "9.0.41",
    log4j: "2.11.2",
    weight: 0.15,
  },
  {
    boot: "2.2.13.RELEASE",
    spring: "5.2.12.RELEASE",
    tomcat: "9.0.41",
    log4j: "2.12.1",
    weight: 0.15,
  },
  {
    boot: "2.3.12.RELEASE",
    spring: "5.2.15.RELEASE",
    tomcat: "9.0.46",
    log4j: "2.13.3",
    weight: 0.15,
  },
  {
    boot: "2.4.13",
    spring: "5.3.13",
    tomcat: "9.0.55",
    log4j: "2.13.3",
    weight: 0.1,
  },
  {
    boot: "2.5.7",
    spring: "5.3.13",
    tomcat: "9.0.55",
    log4j: "2.14.1",
    weight: 0.1,
  },
  {
    boot: "2.6.1",
    spring: "5.3.13",
    tomcat: "9.0.55",
    log4j: "2.14.1",
    weight: 0.07,
  },
  {
    boot: "2.5.8",
    spring: "5.3.14",
    tomcat: "9.0.56",
    log4j: "2.17.0",
    weight: 0.02,
  },
  {
    boot: "2.6.2",
    spring: "5.3.14",
    tomcat: "9.0.56",
    log4j: "2.17.0",
    weight: 0.03,
  },
];

const BOOT_VERSIONS = BOOT_LINES.map((l) => l.boot);
export const BOOT_MODULES = [
  "spring-boot",
  "spring-boot-autoconfigure",
  "spring-boot-actuator",
  "spring-boot-starter-web",
].map((m) => new PackageLine("maven", "org.springframework.boot", m, BOOT_VERSIONS));
export const tomcatEmbed = new PackageLine("maven", "org.apache.tomcat.embed", "tomcat-embed-core", [
  "8.5.39",
  "8.5.43",
  "9.0.41",
  "9.0.46",
  "9.0.55",
  "9.0.56",
]);

export const logback = new PackageLine("maven", "ch.qos.logback", "logback-classic", [
  "1.0.13",
  "1.1.11",
  "1.2.3",
  "1.2.6",
  "1.2.9",
]);
export const slf4jApi = new PackageLine("maven", "org.slf4j", "slf4j-api", [
  "1.6.6",
  "1.7.21",
  "1.7.25",
  "1.7.30",
  "1.7.32",
]);
