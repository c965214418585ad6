// Choosing roles in a programme: a checkbox per role; a data officer names their partner and a
// sponsor their strands (GOV.UK conditionally revealed questions).
import type { ProgrammeDetail, Role, RoleAssignment } from '@outcomes/contract';
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from '../../../lib/roles';

export interface RoleChoice {
  checked: boolean;
  partnerId: string;
  strandIds: string[];
}

export type RoleChoices = Record<Role, RoleChoice>;

export function emptyChoices(): RoleChoices {
  return Object.fromEntries(
    ROLES.map((r) => [r, { checked: false, partnerId: '', strandIds: [] }]),
  ) as unknown as RoleChoices;
}

export function choicesFrom(
  grants: readonly { role: Role; partnerId: string | null; strandIds: string[] }[],
): RoleChoices {
  const choices = emptyChoices();
  for (const g of grants) {
    choices[g.role] = { checked: true, partnerId: g.partnerId ?? '', strandIds: [...g.strandIds] };
  }
  return choices;
}

/** The assignments to send, or the problems to show (field id → message). */
export function toAssignments(choices: RoleChoices): {
  roles: RoleAssignment[];
  problems: { fieldId: string; message: string }[];
} {
  const roles: RoleAssignment[] = [];
  const problems: { fieldId: string; message: string }[] = [];
  for (const role of ROLES) {
    const c = choices[role];
    if (!c.checked) continue;
    if (role === 'data-officer') {
      if (c.partnerId === '') {
        problems.push({
          fieldId: 'role-partner',
          message: 'Choose the partner the data officer returns figures for',
        });
      }
      roles.push({ role, partnerId: c.partnerId });
    } else if (role === 'sponsor') {
      if (c.strandIds.length === 0) {
        problems.push({
          fieldId: 'role-strands',
          message: 'Choose at least one strand for the sponsor',
        });
      }
      roles.push({ role, strandIds: c.strandIds });
    } else {
      roles.push({ role });
    }
  }
  return { roles, problems };
}

interface RoleFieldsProps {
  programme: ProgrammeDetail;
  choices: RoleChoices;
  onChange: (choices: RoleChoices) => void;
  errors: { fieldId?: string; message: string }[];
}

export function RoleFields({ programme, choices, onChange, errors }: RoleFieldsProps) {
  const error = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const rolesError = error('roles');
  const set = (role: Role, change: Partial<RoleChoice>) =>
    onChange({ ...choices, [role]: { ...choices[role], ...change } });

  return (
    <div className={`govuk-form-group${rolesError ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby="roles-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Roles</legend>
        <div className="govuk-hint" id="roles-hint">
          Select every role this person holds in {programme.name}.
        </div>
        {rolesError ? (
          <p className="govuk-error-message" id="roles-error">
            <span className="govuk-visually-hidden">Error:</span> {rolesError}
          </p>
        ) : null}
        <div className="govuk-checkboxes" id="roles">
          {ROLES.map((role) => (
            <div key={role}>
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={`role-${role}`}
                  name="roles"
                  type="checkbox"
                  value={role}
                  checked={choices[role].checked}
                  aria-describedby={`role-${role}-hint`}
                  onChange={(event) => set(role, { checked: event.target.checked })}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={`role-${role}`}>
                  {ROLE_LABELS[role]}
                </label>
                <div className="govuk-hint govuk-checkboxes__hint" id={`role-${role}-hint`}>
                  {ROLE_DESCRIPTIONS[role]}
                </div>
              </div>
              {role === 'data-officer' && choices[role].checked ? (
                <div className="govuk-checkboxes__conditional">
                  <div
                    className={`govuk-form-group${error('role-partner') ? ' govuk-form-group--error' : ''}`}
                  >
                    <label className="govuk-label" htmlFor="role-partner">
                      Partner
                    </label>
                    {error('role-partner') ? (
                      <p className="govuk-error-message" id="role-partner-error">
                        <span className="govuk-visually-hidden">Error:</span>{' '}
                        {error('role-partner')}
                      </p>
                    ) : null}
                    <select
                      className="govuk-select"
                      id="role-partner"
                      name="partnerId"
                      value={choices[role].partnerId}
                      aria-describedby={error('role-partner') ? 'role-partner-error' : undefined}
                      onChange={(event) => set(role, { partnerId: event.target.value })}
                    >
                      <option value="">Choose a partner</option>
                      {programme.partners.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
              ) : null}
              {role === 'sponsor' && choices[role].checked ? (
                <div className="govuk-checkboxes__conditional">
                  <div
                    className={`govuk-form-group${error('role-strands') ? ' govuk-form-group--error' : ''}`}
                  >
                    <fieldset className="govuk-fieldset">
                      <legend className="govuk-fieldset__legend">Strands sponsored</legend>
                      {error('role-strands') ? (
                        <p className="govuk-error-message">
                          <span className="govuk-visually-hidden">Error:</span>{' '}
                          {error('role-strands')}
                        </p>
                      ) : null}
                      <div className="govuk-checkboxes govuk-checkboxes--small" id="role-strands">
                        {programme.strands.map((s) => (
                          <div className="govuk-checkboxes__item" key={s.id}>
                            <input
                              className="govuk-checkboxes__input"
                              id={`role-strand-${s.id}`}
                              type="checkbox"
                              value={s.id}
                              checked={choices.sponsor.strandIds.includes(s.id)}
                              onChange={(event) =>
                                set('sponsor', {
                                  strandIds: event.target.checked
                                    ? [...choices.sponsor.strandIds, s.id]
                                    : choices.sponsor.strandIds.filter((id) => id !== s.id),
                                })
                              }
                            />
                            <label
                              className="govuk-label govuk-checkboxes__label"
                              htmlFor={`role-strand-${s.id}`}
                            >
                              {s.name}
                            </label>
                          </div>
                        ))}
                      </div>
                    </fieldset>
                  </div>
                </div>
              ) : null}
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
