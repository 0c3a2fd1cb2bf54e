import { InfoIcon } from "../../components/icons";
import { t } from "../../i18n";

/** For a person with no OA they could connect: what a ZCA needs and how to get there. */
export function NoOaHelp({ title }: { title: string }) {
  return (
    <section className="card" aria-labelledby="no-oa-title">
      <h2 id="no-oa-title" className="card-title help-title">
        <InfoIcon size={20} /> {title}
      </h2>
      <p>{t.create.oa.help}</p>
      <ol className="help-steps">
        {t.create.oa.helpSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
