window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "562806675",
    "userName" : "mei_bilingual",
    "displayName" : "Mei Zhang 张美"
  },
  "archiveInfo" : {
    "sizeBytes" : "13734",
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
          "count" : "9"
        }
      ]
    },
    "noteTweet" : {
      "files" : []
    }
  }
}