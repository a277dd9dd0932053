/** .NET packages (NuGet), found as assemblies in a site's bin directory. */
import { PackageLine, syntheticVersions } from "./package-line.js";

const REAL: Readonly<Record<string, readonly string[]>> = {
  "Newtonsoft.Json": ["6.0.8", "9.0.1", "10.0.3", "11.0.2", "12.0.3", "13.0.1"],
  "System.Text.Encodings.Web": ["4.5.0", "4.7.1", "5.0.1", "6.0.0"],
  log4net: ["1.2.10", "2.0.8", "2.0.12", "2.0.13"],
  "Microsoft.AspNet.Mvc": ["4.0.30506", "5.2.3", "5.2.7"],
  jQuery: ["1.10.2", "1.12.4", "3.3.1", "3.6.0"],
  EntityFramework: ["5.0.0", "6.1.3", "6.2.0", "6.4.4"],
};

const TAIL = `
Antlr AutoMapper Autofac Castle.Core Dapper DotNetZip EPPlus ExcelDataReader FluentValidation
HtmlAgilityPack Hangfire.Core iTextSharp Microsoft.AspNet.Razor Microsoft.AspNet.WebApi.Core
Microsoft.AspNet.WebPages Microsoft.CodeDom.Providers.DotNetCompilerPlatform Microsoft.Owin
Microsoft.Owin.Security Microsoft.Web.Infrastructure Microsoft.IdentityModel.Tokens Modernizr NLog
Npgsql Owin RestSharp Serilog SharpZipLib StackExchange.Redis System.IdentityModel.Tokens.Jwt
System.Net.Http System.Data.SqlClient Unity WebGrease bootstrap Microsoft.Extensions.Logging
Microsoft.Extensions.DependencyInjection Swashbuckle.Core Quartz MailKit MimeKit BouncyCastle
CsvHelper ClosedXML DocumentFormat.OpenXml Elmah Ninject Polly
`;

export const NUGET_POOL: readonly PackageLine[] = [
  ...Object.entries(REAL).map(([name, versions]) => new PackageLine("nuget", "", name, versions)),
  ...TAIL.trim()
    .split(/\s+/)
    .map((name) => new PackageLine("nuget", "", name, syntheticVersions(name, 5, "nuget"))),
];
