window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "800093118004988133",
    "userName" : "beth_bioml",
    "displayName" : "Beth Sandoval"
  },
  "archiveInfo" : {
    "sizeBytes" : "7114",
    "generationDate" : "2026-01-23T00:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "dataTypes" : {
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "4"
        }
      ]
    },
    "noteTweet" : {
      "files" : []
    }
  }
}