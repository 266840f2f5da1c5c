// Three builds, picked with --config-name:
//   addin      the add-in Excel loads: taskpane.html + commands.html (+ assets, manifest) in dist/
//   workbench  the dev page of `npm start`: the same task pane bundle beside an in-memory workbook
//   cli        the `gendan` command line for Node, in dist/cli/
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const PORT = 3000;

function typescriptRules() {
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      // Type-checking is `npm run typecheck`'s job; the bundler only transpiles.
      use: { loader: "ts-loader", options: { transpileOnly: true } },
    },
  ];
}

const resolve = { extensions: [".ts", ".tsx", ".js", ".mjs"] };

/**
 * File names of the builds that hold the task pane. What the pane loads on demand (the actions'
 * code, the 送货单 section) are chunks named after themselves, `actions.chunk.js`,
 * `deliveryNotes.chunk.js`, beside taskpane.js; the "auto" public path fetches them from wherever
 * taskpane.js itself came from (dist/ in Excel, the dev server's root in the workbench), so no
 * host name is built in.
 */
const paneOutput = { filename: "[name].js", chunkFilename: "[name].chunk.js", publicPath: "auto" };

/** The dev server's HTTPS options: Office requires HTTPS for sideloaded add-ins. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const devtool = production ? "source-map" : "eval-cheap-module-source-map";

  const addin = {
    name: "addin",
    devtool,
    target: "web",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), ...paneOutput, clean: false },
    resolve,
    module: { rules: typescriptRules() },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: Number(process.env.GENDAN_PORT ?? PORT),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.https ? await httpsOptions() : "http",
      static: false,
    },
  };

  const workbench = {
    name: "workbench",
    devtool,
    target: "web",
    entry: {
      workbench: "./src/workbench/index.tsx",
      officeShim: "./src/workbench/officeShim.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist/workbench"), ...paneOutput, clean: true },
    resolve,
    module: { rules: typescriptRules() },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/workbench/index.html",
        chunks: ["workbench"],
      }),
      // The task pane page of the workbench: the shim that stands in for office.js, then the real bundle.
      new HtmlWebpackPlugin({
        filename: "pane.html",
        template: "./src/workbench/pane.html",
        chunks: ["officeShim", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
    ],
    performance: { hints: false },
    devServer: {
      port: Number(process.env.GENDAN_PORT ?? PORT),
      server: "http",
      static: false,
      open: false,
      client: { overlay: { warnings: false } },
    },
  };

  const cli = {
    name: "cli",
    devtool: false,
    target: "node20",
    entry: { gendan: "./src/cli/index.ts" },
    output: {
      path: path.resolve(__dirname, "dist/cli"),
      filename: "[name].js",
      library: { type: "commonjs2" },
      clean: true,
    },
    resolve,
    module: { rules: typescriptRules() },
    // Packages stay in node_modules: the CLI is run from an installed project.
    externals: [
      ({ request }, callback) =>
        /^[a-z@]/i.test(request) ? callback(null, `commonjs ${request}`) : callback(),
    ],
    optimization: { minimize: false },
    performance: { hints: false },
    // One file: the code the pane fetches on demand (import()) is simply part of the command line.
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
  };

  return [addin, workbench, cli];
};
