// Unit tests sit beside the code (src/, *.test.ts); integration tests live under tests/.
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        // Type-checking is `npm run typecheck`'s job; with isolatedModules ts-jest only transpiles, which keeps jest fast.
        tsconfig: {
          module: "CommonJS",
          moduleResolution: "Node10",
          jsx: "react-jsx",
          esModuleInterop: true,
          isolatedModules: true,
        },
      },
    ],
  },
};
