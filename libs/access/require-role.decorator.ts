import { SetMetadata } from '@nestjs/common';
import type { Role } from './role';

export const REQUIRED_ROLE = 'chc:required-role';

/** Only callers with this role may use the handler (everything else is open to `public`). */
export const RequireRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);
