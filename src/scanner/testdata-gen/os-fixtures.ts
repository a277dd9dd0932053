/**
 * Planted operating-system trees: Debian (dpkg status, os-release), Alpine (apk installed)
 * and a RHEL-like tree (rpmdb.sqlite with header blobs, usr/lib/os-release with CPE_NAME).
 */
import Database from "better-sqlite3";
import { encodeRpmHeader, RPMTAG } from "../catalogers/rpm/parse-rpm-header.js";
import type { Planted } from "./planted.js";

const DPKG_STATUS = `Package: libc6
Status: install ok installed
Priority: optional
Architecture: amd64
Version: 2.36-9+deb12u4
Description: GNU C Library: Shared libraries
 Contains the standard libraries that are used by nearly all programs on
 the system.

Package: bsdutils
Status: install ok installed
Architecture: amd64
Source: util-linux (2.38.1-5)
Version: 1:2.38.1-5+b1

Package: oldpkg
Status: deinstall ok config-files
Architecture: all
Version: 0.9-1
`;

const APK_INSTALLED = `C:Q1abc=
P:musl
V:1.2.4_git20230717-r4
A:x86_64
o:musl
F:lib
R:ld-musl-x86_64.so.1

C:Q1def=
P:busybox
V:1.36.1-r15
A:x86_64
o:busybox
`;

function plantDebian(p: Planted): void {
  const osRelease = p.write(
    "os/debian/etc/os-release",
    'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n',
  );
  p.expect("os-release (Debian)", "pkg:generic/debian@12", osRelease);
  const status = p.write("os/debian/var/lib/dpkg/status", DPKG_STATUS);
  p.expect("dpkg installed", "pkg:deb/debian/libc6@2.36-9+deb12u4?arch=amd64", status);
  p.expect("dpkg installed (epoch)", "pkg:deb/debian/bsdutils@1:2.38.1-5+b1?arch=amd64", status);
}

function plantAlpine(p: Planted): void {
  const installed = p.write("os/alpine/lib/apk/db/installed", APK_INSTALLED);
  p.expect("apk installed", "pkg:apk/alpine/musl@1.2.4_git20230717-r4?arch=x86_64", installed);
  p.expect("apk installed", "pkg:apk/alpine/busybox@1.36.1-r15?arch=x86_64", installed);
  const osRelease = p.write(
    "os/alpine/etc/os-release",
    'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.19.1\n',
  );
  p.expect("os-release (Alpine)", "pkg:generic/alpine@3.19.1", osRelease);
}

function rpmHeader(name: string, version: string, release: string, arch: string, epoch?: number): Uint8Array {
  const tags: [number, string | number][] = [
    [RPMTAG.NAME, name],
    [RPMTAG.VERSION, version],
    [RPMTAG.RELEASE, release],
    [RPMTAG.ARCH, arch],
    [RPMTAG.VENDOR, "Red Hat, Inc."],
  ];
  if (epoch !== undefined) tags.push([RPMTAG.EPOCH, epoch]);
  return encodeRpmHeader(tags);
}

function plantRhel(p: Planted): void {
  const path = p.write("os/rhel/var/lib/rpm/rpmdb.sqlite", "");
  const db = new Database(path);
  db.exec("CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)");
  const insert = db.prepare("INSERT INTO Packages (blob) VALUES (?)");
  insert.run(rpmHeader("bash", "5.1.8", "6.el9", "x86_64"));
  insert.run(rpmHeader("openssl-libs", "3.0.7", "24.el9", "x86_64", 1));
  insert.run(rpmHeader("gpg-pubkey", "fd431d51", "4ae0493b", "(none)"));
  db.close();
  p.expect("rpmdb.sqlite", "pkg:rpm/redhat/bash@5.1.8-6.el9?arch=x86_64", path);
  p.expect("rpmdb.sqlite (epoch)", "pkg:rpm/redhat/openssl-libs@3.0.7-24.el9?arch=x86_64&epoch=1", path);
  const osRelease = p.write(
    "os/rhel/usr/lib/os-release",
    'NAME="Red Hat Enterprise Linux"\nVERSION_ID="9.3"\nID="rhel"\nCPE_NAME="cpe:/o:redhat:enterprise_linux:9::baseos"\n',
  );
  p.expect("os-release (RHEL, CPE_NAME)", "pkg:generic/rhel@9.3", osRelease);
}

export function plantOperatingSystems(p: Planted): void {
  plantDebian(p);
  plantAlpine(p);
  plantRhel(p);
}
