import pg from "pg";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The database of this test run (vitest project "store on postgres"). */
    postgresUrl: string;
  }
}

/**
 * Global setup of the PostgreSQL store tests: a new database for the run on TEST_DATABASE_URL's server
 * (default: the local one), with the store's extensions, dropped at the end.
 */
export default async function setup(project: TestProject) {
  const server = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const name = `track_test_${Date.now()}_${process.pid}`;
  const admin = async (url: string, statements: string[]) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const statement of statements) await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(server, [`create database ${name}`]);
  const url = new URL(server);
  url.pathname = `/${name}`;
  // Once here, not by each worker's first migration at the same time.
  await admin(url.toString(), [
    "create extension if not exists pg_trgm schema public",
    "create extension if not exists btree_gin schema public",
  ]);
  project.provide("postgresUrl", url.toString());
  return async () => admin(server, [`drop database if exists ${name} with (force)`]);
}
