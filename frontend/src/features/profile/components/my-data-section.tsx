import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useNavigate } from "react-router";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { flashState } from "../../../lib/flash-message";
import { useSignOut } from "../../../lib/session/use-sign-out";
import { downloadJson } from "../../../utils/download-file";
import { useDeleteMyAccount } from "../api/delete-my-account";
import { useExportMyData } from "../api/export-my-data";

const deleteAccountModal = createModal({ id: "delete-account-modal", isOpenedByDefault: false });

const EXPORT_FILE_NAME = "spyrales-mes-donnees.json";

export function MyDataSection() {
  const navigate = useNavigate();
  const signOut = useSignOut();
  const exportData = useExportMyData();
  const deleteAccount = useDeleteMyAccount();

  const downloadMyData = () => exportData.mutate(undefined, { onSuccess: (data) => downloadJson(data, EXPORT_FILE_NAME) });

  const confirmDeletion = () =>
    deleteAccount.mutate(undefined, {
      onSuccess: async () => {
        deleteAccountModal.close();
        await signOut().catch(() => undefined);
        navigate(paths.home.getHref(), { state: flashState("Votre compte et vos données personnelles ont été supprimés.") });
      },
    });

  return (
    <section className="fr-mt-8w" aria-labelledby="my-data-title">
      <h2 id="my-data-title">Mes données</h2>
      <p>Vous pouvez à tout moment télécharger toutes les données que Spyrales détient sur vous, ou supprimer votre compte.</p>
      {exportData.isError && <ProblemAlert error={exportData.error} title="Le téléchargement a échoué" />}
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        buttons={[
          {
            children: "Télécharger mes données",
            priority: "secondary",
            iconId: "fr-icon-download-line",
            disabled: exportData.isPending,
            onClick: downloadMyData,
          },
          {
            children: "Supprimer mon compte",
            priority: "tertiary",
            iconId: "fr-icon-delete-line",
            nativeButtonProps: deleteAccountModal.buttonProps,
          },
        ]}
      />
      <deleteAccountModal.Component
        title="Supprimer votre compte ?"
        buttons={[
          { children: "Annuler", priority: "secondary" },
          {
            children: "Supprimer définitivement mon compte",
            doClosesModal: false,
            onClick: confirmDeletion,
            disabled: deleteAccount.isPending,
          },
        ]}
      >
        <p>
          Votre profil, vos compétences, vos préférences et vos notifications seront effacés, et vos mentorats en cours arrêtés. Ce que vous
          avez écrit (messages, objectifs, commentaires, notes de séance, avis) sera remplacé par « contenu supprimé » : les personnes avec
          qui vous avez formé un binôme garderont la trace du mentorat, sans votre nom. Cette action est irréversible.
        </p>
        {deleteAccount.isError && <ProblemAlert error={deleteAccount.error} title="Votre compte n'a pas été supprimé" />}
      </deleteAccountModal.Component>
    </section>
  );
}
