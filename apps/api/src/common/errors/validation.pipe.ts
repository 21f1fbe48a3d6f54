import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput } from './domain.exception';

function firstProblem(errors: ValidationError[], prefix = ''): { field: string; message: string } {
  const e = errors[0];
  const field = prefix ? `${prefix}.${e.property}` : e.property;
  if (e.constraints) return { field, message: Object.values(e.constraints)[0] };
  if (e.children?.length) return firstProblem(e.children, field);
  return { field, message: 'is invalid' };
}

/** Validates every input object with class-validator; the first problem becomes BAD_USER_INPUT naming the field. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => {
    const { field, message } = firstProblem(errors);
    return badInput(field, message.replace(new RegExp(`^${field.split('.').pop()} `), ''));
  },
});
