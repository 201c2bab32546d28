import { useEffect, type ReactNode } from "react";
import { useLocation } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { useMyProfile } from "../../../lib/my-profile";
import { MyDataSection } from "../components/my-data-section";
import { ProfileCompletionPanel } from "../components/profile-completion-panel";
import { ProfileForm } from "../components/profile-form";

type MyProfilePageProps = {
  /** Sections of other features (« Mon agenda »), composed by the application, shown before « Mes données ». */
  renderSections?: () => ReactNode;
};

export function MyProfilePage({ renderSections }: MyProfilePageProps = {}) {
  useDocumentTitle("Mon profil");
  const profile = useMyProfile();
  const { hash } = useLocation();

  // Opened at a section (`/profil#competences`, from « Mon espace »): once the form is there, go to it.
  useEffect(() => {
    if (!profile.isSuccess || hash.length < 2) return;
    const section = document.getElementById(decodeURIComponent(hash.slice(1)));
    section?.scrollIntoView?.({ block: "start" });
    section?.focus();
  }, [profile.isSuccess, hash]);

  return (
    <div className="fr-py-6w">
      <h1>Mon profil</h1>
      {profile.isPending && <LoadingMessage>Chargement de votre profil…</LoadingMessage>}
      {profile.isError && <ProblemAlert error={profile.error} title="Votre profil n'a pas pu être chargé" />}
      {profile.isSuccess && (
        <>
          <p className="fr-text--lead">Les membres de la communauté voient votre profil dans l'annuaire, sauf si vous le rendez privé.</p>
          <ProfileCompletionPanel profile={profile.data} />
          <ProfileForm key={profile.data.id} profile={profile.data} />
          {renderSections?.()}
          <MyDataSection />
        </>
      )}
    </div>
  );
}
