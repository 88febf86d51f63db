// Loads the W3C Web Annotation test suite (JSON Schema draft-04 assertions) into Ajv, so tests
// can run a suite's list of MUST assertions against any JSON value.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { AnySchemaObject, ValidateFunction } from 'ajv-draft-04';

export interface Assertion {
  path: string;
  expectedResult: 'valid' | 'invalid';
  validate: ValidateFunction;
}

export interface Failure {
  assertion: string;
  errors: string;
}

function readJson(path: string): AnySchemaObject {
  return JSON.parse(readFileSync(path, 'utf8')) as AnySchemaObject;
}

/** The suite's `*.test` list files name their assertions relative to the suite root. */
export function assertionPaths(suiteDir: string, listFile: string): string[] {
  const list = readJson(join(suiteDir, listFile));
  const paths: unknown = list['assertions'];
  if (!Array.isArray(paths) || !paths.every((p): p is string => typeof p === 'string')) {
    throw new Error(`${listFile} has no assertions list`);
  }
  return paths;
}

export class W3cSuite {
  private readonly ajv;

  constructor(private readonly suiteDir: string) {
    // The suite's schemas carry their own metadata keywords (assertionType, errorMessage, …),
    // which strict mode would refuse.
    this.ajv = new AjvDraft04.default({ strict: false, allErrors: true });
    addFormatsModule.default(this.ajv);
    const definitions = join(suiteDir, 'definitions');
    // The assertions' $refs name these by their `id` ("annotations.json#/definitions/…").
    for (const file of readdirSync(definitions)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      this.ajv.addSchema(readJson(join(definitions, file)));
    }
  }

  /** Compiles every assertion a list file names; each keeps the result the suite expects. */
  assertions(listFile: string): Assertion[] {
    return assertionPaths(this.suiteDir, listFile).map((path) => {
      const schema = readJson(join(this.suiteDir, path));
      const id = typeof schema['id'] === 'string' ? schema['id'] : path;
      const validate = this.ajv.getSchema(id) ?? this.ajv.compile(schema);
      return { path, expectedResult: schema['expectedResult'] === 'invalid' ? 'invalid' : 'valid', validate };
    });
  }

  /** Assertions whose outcome on `value` differs from what the suite expects. */
  static failures(assertions: Assertion[], value: unknown): Failure[] {
    return assertions.flatMap(({ path, expectedResult, validate }) => {
      const valid = validate(value) === true;
      if (valid === (expectedResult === 'valid')) return [];
      return [{ assertion: path, errors: JSON.stringify(validate.errors ?? []).slice(0, 600) }];
    });
  }
}
