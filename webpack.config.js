// Builds the task pane: src/taskpane/index.tsx → dist/taskpane.js + dist/taskpane.html, the custom
// functions src/functions/functions.ts → dist/functions.js + dist/functions.json (loaded by the same
// page: one shared runtime), with assets/ and manifest.xml copied beside them.
// ESM because package.json is "type": "module".
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import CopyWebpackPlugin from "copy-webpack-plugin";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";

const root = path.dirname(fileURLToPath(import.meta.url));

/** The custom functions' source: the metadata plugin reads its JSDoc and appends the associate calls. */
const FUNCTIONS_SOURCE = path.join(root, "src/functions/functions.ts");

/** The dev server's origin; manifest.xml's development URLs point here. */
const DEV_PORT = 3000;

/**
 * https options for the dev server from office-addin-dev-certs. Where the CA cannot be
 * installed (Linux without sudo) the certificates are still generated: serve with them and
 * say that Office will not trust the pane until the CA is trusted by hand.
 * @returns {Promise<{ ca: Buffer, cert: Buffer, key: Buffer }>}
 */
async function devHttpsOptions() {
  const { getHttpsServerOptions } = await import("office-addin-dev-certs");
  try {
    return await getHttpsServerOptions();
  } catch (error) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    try {
      const read = (name) => readFileSync(path.join(dir, name));
      const options = { ca: read("ca.crt"), cert: read("localhost.crt"), key: read("localhost.key") };
      console.warn(
        `Could not install the development CA (${error instanceof Error ? error.message.split("\n")[0] : error}).\n` +
          `Serving with the certificates in ${dir}; trust ca.crt there for Office to load the pane.`,
      );
      return options;
    } catch {
      throw error;
    }
  }
}

/**
 * @param {Record<string, unknown>} env webpack-cli's env; WEBPACK_SERVE is set by `webpack serve`.
 * @param {{ mode?: string }} argv
 * @returns {Promise<import("webpack").Configuration & { devServer?: import("webpack-dev-server").Configuration }>}
 */
export default async function config(env, argv) {
  const development = argv.mode === "development";
  /** @type {import("webpack").Configuration & { devServer?: import("webpack-dev-server").Configuration }} */
  const base = {
    mode: development ? "development" : "production",
    // webpack's default "eval" source maps would need 'unsafe-eval', which the page's CSP forbids.
    devtool: development ? "source-map" : false,
    entry: { taskpane: "./src/taskpane/index.tsx", functions: FUNCTIONS_SOURCE },
    output: { path: path.resolve(root, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "esbuild-loader",
          options: { target: "es2020", jsx: "automatic" },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The shared runtime is this page: it must load the functions as well as the pane.
        chunks: ["taskpane", "functions"],
      }),
      // dist/functions.json, which the manifest's CustomFunctions <Metadata> points at.
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    // React + Fluent UI is larger than webpack's 244 KiB web-page hint; the size is reported, not hidden.
    performance: development ? { hints: false } : { maxEntrypointSize: 1024 * 1024, maxAssetSize: 1024 * 1024 },
  };

  // Certificates only for `webpack serve`, so `npm run build` never needs them.
  if (env.WEBPACK_SERVE) {
    base.devServer = {
      port: DEV_PORT,
      server: { type: "https", options: await devHttpsOptions() },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
    };
  }
  return base;
}
