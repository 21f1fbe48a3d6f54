// Checks every request to and response from the DigitalOcean stand-in against the official OpenAPI
// description (pruned subset in /work/shared/specs). A violation is recorded, and the tests assert
// there are none, so the stand-in cannot drift from the real API's shapes.
import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { sharedSpec } from '../../support/shared-specs';

export const DO_SPEC_PATH = sharedSpec('digitalocean/droplets-subset.openapi.json');

type Json = Record<string, any>;

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export class OpenApiValidator {
  private readonly doc: Json;
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();
  private readonly templates: Array<{ template: string; pattern: RegExp }>;

  constructor(specPath = DO_SPEC_PATH) {
    this.doc = JSON.parse(readFileSync(specPath, 'utf8'));
    this.ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: false });
    addFormats(this.ajv);
    this.ajv.addSchema({ ...this.doc, $id: 'openapi' });
    this.templates = Object.keys(this.doc.paths).map((template) => ({
      template,
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    }));
  }

  /** Returns problems with a request, or an empty list. */
  checkRequest(method: string, path: string, query: URLSearchParams, body: unknown): string[] {
    const op = this.operation(method, path);
    if (!op) return [`${method} ${path} is not in the API description`];
    const problems: string[] = [];
    for (const param of (op.node.parameters ?? []).map((p: Json) => this.deref(p).node)) {
      if (param.in !== 'query' || !query.has(param.name)) continue;
      const value = query.get(param.name)!;
      if (param.schema?.type === 'integer' && !/^-?\d+$/.test(value)) problems.push(`query ${param.name} must be an integer`);
      else if (param.schema?.type === 'integer') {
        const n = Number(value);
        if (param.schema.minimum !== undefined && n < param.schema.minimum) problems.push(`query ${param.name} below minimum`);
        if (param.schema.maximum !== undefined && n > param.schema.maximum) problems.push(`query ${param.name} above maximum`);
      }
    }
    const known = new Set((op.node.parameters ?? []).map((p: Json) => this.deref(p).node.name));
    for (const name of query.keys()) if (!known.has(name)) problems.push(`unknown query parameter ${name}`);
    const content = op.node.requestBody ? this.deref(op.node.requestBody, `${op.pointer}/requestBody`) : undefined;
    if (content && body !== undefined) {
      const validate = this.validator(`${content.pointer}/content/application~1json/schema`);
      if (!validate(body)) problems.push(`request body: ${this.ajv.errorsText(validate.errors)}`);
    }
    return problems;
  }

  checkResponse(method: string, path: string, status: number, body: unknown): string[] {
    const op = this.operation(method, path);
    if (!op) return [];
    const responses = op.node.responses ?? {};
    const key = String(status) in responses ? String(status) : 'default';
    if (!(key in responses)) return [`${method} ${path} answered ${status}, which the description does not list`];
    const response = this.deref(responses[key], `${op.pointer}/responses/${key}`);
    if (!response.node.content?.['application/json']) return [];
    if (body === undefined) return [`${method} ${path} ${status} must have a JSON body`];
    const validate = this.validator(`${response.pointer}/content/application~1json/schema`);
    return validate(body) ? [] : [`response ${status} body: ${this.ajv.errorsText(validate.errors)}`];
  }

  private operation(method: string, path: string): { node: Json; pointer: string } | undefined {
    const found = this.templates.find((t) => t.pattern.test(path));
    if (!found) return undefined;
    const node = this.doc.paths[found.template]?.[method.toLowerCase()];
    if (!node) return undefined;
    return { node, pointer: `#/paths/${escapePointer(found.template)}/${method.toLowerCase()}` };
  }

  private deref(node: Json, pointer = ''): { node: Json; pointer: string } {
    let current = node;
    let at = pointer;
    while (current && typeof current.$ref === 'string') {
      at = current.$ref;
      current = at
        .slice(2)
        .split('/')
        .map((s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((acc: Json, key: string) => acc[key], this.doc);
    }
    return { node: current, pointer: at };
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.cache.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `openapi${pointer}` });
      this.cache.set(pointer, validate);
    }
    return validate;
  }

  /** The spec's own example droplet, used by the stand-in as the template for every droplet. */
  exampleDroplet(): Json {
    return structuredClone(this.doc.components.examples.droplet_create_response.value.droplet);
  }
}
