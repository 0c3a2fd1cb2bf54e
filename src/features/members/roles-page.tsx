import { AppPage } from "../../components/app-page";
import { CheckIcon } from "../../components/icons";
import { can, PERMISSIONS, ROLES } from "../../domain/permissions";
import { useStrings } from "../../i18n/locale";
import { roleStrings } from "../../i18n/role-strings";
import { useRoleSummary } from "./role-summary";
import { strings } from "./strings";
import "./members.css";

/** "Quyền của các vai trò": the permission matrix of src/domain/permissions.ts as a table. */
export default function RolesPage() {
  const t = useStrings(strings);
  const r = t.roles;
  const names = useStrings(roleStrings);
  const summary = useRoleSummary();
  return (
    <AppPage title={r.title}>
      <p className="muted page-intro">{r.intro}</p>
      <section className="card role-matrix-card">
        <table className="role-matrix">
          <caption className="sr-only">{r.title}</caption>
          <thead>
            <tr>
              <th scope="col">{r.permission}</th>
              {ROLES.map((role) => (
                <th key={role} scope="col">
                  {names[role]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PERMISSIONS.map((permission) => (
              <tr key={permission}>
                <th scope="row">{t.permissions[permission]}</th>
                {ROLES.map((role) =>
                  can(role, permission) ? (
                    <td key={role} className="role-matrix-yes">
                      <CheckIcon size={18} />
                      <span className="sr-only">{r.yes}</span>
                    </td>
                  ) : (
                    <td key={role} className="role-matrix-no">
                      <span aria-hidden="true">–</span>
                      <span className="sr-only">{r.no}</span>
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card">
        <ul className="card-list">
          {ROLES.map((role) => (
            <li key={role} className="row">
              <span className="row-main">
                <strong>{names[role]}</strong>
                <span className="muted small">{summary(role)}</span>
              </span>
            </li>
          ))}
        </ul>
      </section>
      <p className="muted small page-intro">
        {r.ranks(names.super_admin, names.admin, `${names.editor} / ${names.finance}`)}
      </p>
    </AppPage>
  );
}
